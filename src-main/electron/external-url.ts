const MAX_URL_LENGTH = 2048;

/**
 * The normalised address to hand to the system browser, or null. Only http and https
 * pass: file:, smb:, javascript: and custom handlers could run or expose local things.
 * Credentials in the address are refused because they are a common disguise.
 */
export function toExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}
