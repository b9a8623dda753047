const MAX_NAME_LENGTH = 150;
// Characters Windows refuses in a file name, plus control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A file name the save dialog can propose: no folders, no characters Windows rejects,
 * no reserved device names. Falls back to `fallback` when nothing usable is left.
 */
export function safeFileName(requested: string, fallback: string): string {
  const lastSegment = requested.split(/[/\\]/).pop() ?? '';
  let name = lastSegment.replace(FORBIDDEN_CHARS, '_').trim();
  // Windows drops trailing dots and spaces, which would change the extension the user sees.
  name = name.replace(/[. ]+$/, '');
  if (name.length > MAX_NAME_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, MAX_NAME_LENGTH - ext.length) + ext;
  }
  if (name === '' || /^\.+$/.test(name) || RESERVED_WINDOWS_NAMES.test(name)) {
    return fallback === '' ? 'download' : safeFileName(fallback, '');
  }
  return name;
}

/** The extension without its dot, lower case, or '' when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}
