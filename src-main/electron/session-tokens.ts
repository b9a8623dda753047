/**
 * Session tokens of signed-in windows, kept in main-process memory only so page script
 * never holds them. Keyed by webContents id; dropped when that webContents goes away.
 */
export class SessionTokenStore {
  private readonly tokens = new Map<number, string>();

  get(contentsId: number): string | null {
    return this.tokens.get(contentsId) ?? null;
  }

  set(contentsId: number, token: string | null): void {
    if (token === null || token === '') this.tokens.delete(contentsId);
    else this.tokens.set(contentsId, token);
  }

  drop(contentsId: number): void {
    this.tokens.delete(contentsId);
  }

  get size(): number {
    return this.tokens.size;
  }
}
