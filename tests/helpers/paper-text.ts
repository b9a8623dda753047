/**
 * Printed text as a reader sees it: Word keeps phone numbers, dates and counts on one line with
 * no-break spaces, no-break hyphens and word joiners, which read as a space, a hyphen and nothing.
 */
export function asRead(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\u2011/g, '-')
    .replace(/\u2060/g, '');
}
