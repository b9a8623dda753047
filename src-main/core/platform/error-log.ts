import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';

/** The log folder inside a data folder; README tells managers where to find it. */
export const LOG_DIR_NAME = 'logs';
export const LOG_FILE_NAME = 'regiondesk.log';

export interface ErrorLogOptions {
  dataDir: string;
  now: () => Date;
  /** Rotate when the current file passes this size (rotating-file-stream notation). */
  size?: string;
  /** How many rotated files to keep beside the current one. */
  keep?: number;
  /** Also print to stderr (the host's console); off in tests. */
  echo?: boolean;
}

/** One logged error: what the user is told to quote, and where it happened. */
export interface LoggedError {
  id: string;
  at: string;
  where: string;
  message: string;
  stack?: string;
  detail?: unknown;
}

/**
 * Unexpected errors go to a rotating file in the data folder, each with a short id the user sees
 * in the message, so a manager reporting "错误编号 E-…" leads straight to the stack trace.
 */
export class ErrorLog {
  private stream: RotatingFileStream | null = null;

  constructor(private readonly options: ErrorLogOptions) {}

  /** Records an error and returns the id to show the user. */
  record(where: string, err: unknown, detail?: unknown): string {
    const at = this.options.now();
    const id = `E-${at.toISOString().slice(2, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex').toUpperCase()}`;
    const entry: LoggedError = {
      id,
      at: at.toISOString(),
      where: where.slice(0, 200),
      message: err instanceof Error ? err.message : String(err),
      ...(err instanceof Error && err.stack ? { stack: err.stack } : {}),
      ...(detail === undefined ? {} : { detail }),
    };
    if (this.options.echo) console.error(`[regiondesk] ${id} ${entry.where}:`, err);
    try {
      this.file().write(`${JSON.stringify(entry)}\n`);
    } catch (writeErr) {
      // A full or read-only disk must not turn one error into a crash; the id still reaches the user.
      console.error('[regiondesk] 无法写入错误日志:', writeErr);
    }
    return id;
  }

  /** Flushes and closes the file (shutdown, tests). */
  close(): Promise<void> {
    const stream = this.stream;
    this.stream = null;
    if (!stream) return Promise.resolve();
    return new Promise((resolve) => stream.end(() => resolve()));
  }

  private file(): RotatingFileStream {
    if (this.stream) return this.stream;
    const dir = join(this.options.dataDir, LOG_DIR_NAME);
    mkdirSync(dir, { recursive: true });
    // With `rotate` set the generator receives the rotation index (1 = newest), or nothing for the live file.
    const name = (index: number | Date) =>
      typeof index === 'number' && index > 0 ? `${LOG_FILE_NAME}.${index}` : LOG_FILE_NAME;
    const stream = createStream(name, {
      path: dir,
      size: this.options.size ?? '2M',
      rotate: this.options.keep ?? 5,
    });
    stream.on('error', (err) => console.error('[regiondesk] 错误日志写入失败:', err));
    this.stream = stream;
    return stream;
  }
}
