/**
 * Typed times, read the way people write them on a 24-hour clock and stored as forms expect them
 * (HH:mm, see the 'time' field kind): 0930, 930, 9:30, 9.30, 9：30, 9点30, 9点半, 14, 下午2:30.
 */

const FULL_WIDTH = /[０-９：．]/g;
const PM_PREFIX = /^(下午|晚上|傍晚)/;
const OTHER_PREFIX = /^(上午|早上|早晨|中午|凌晨)/;

function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) =>
    c === '：' ? ':' : c === '．' ? '.' : String(c.charCodeAt(0) - 0xff10),
  );
}

function hhmm(h: number, m: number): string | null {
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || h > 23 || m < 0 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** A typed time as HH:mm; '' for blank text; null when the text is not a time of day. */
export function parseTime(text: string): string | null {
  let t = halfWidth(text).replace(/\s+/g, '');
  if (t === '') return '';
  const pm = PM_PREFIX.test(t);
  const noon = t.startsWith('中午');
  t = t.replace(PM_PREFIX, '').replace(OTHER_PREFIX, '');
  let h: number;
  let m: number;
  const digits = /^\d{1,4}$/.exec(t);
  const separated = /^(\d{1,2})[:.点时hH](\d{1,2}|半)?分?$/.exec(t);
  if (digits) {
    // 9 and 14 are hours; 930 and 0930 are hours and minutes.
    if (t.length <= 2) [h, m] = [Number(t), 0];
    else [h, m] = [Number(t.slice(0, -2)), Number(t.slice(-2))];
  } else if (separated) {
    h = Number(separated[1]);
    m = separated[2] === '半' ? 30 : Number(separated[2] ?? 0);
  } else {
    return null;
  }
  // 下午2点 is 14:00 and 中午1点 is 13:00; 下午14:30 stays as written.
  if ((pm && h < 12) || (noon && h < 11)) h += 12;
  return hhmm(h, m);
}

/**
 * Whether the text is a time the typist has finished (09:30, 9:30 or four digits), so it can be
 * stored while they type; shorter forms such as 930 wait until they leave the field.
 */
export function isFinishedTime(text: string): boolean {
  const t = halfWidth(text).trim();
  return /^\d{4}$/.test(t) || /^\d{1,2}[:.]\d{2}$/.test(t);
}

/** Minutes since midnight of a stored HH:mm, or null. */
export function minutesOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}
