import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../src-shared/domain/deadlines/format-time';

describe('formatDateTime', () => {
  it('prints office time, and a midnight deadline as 24:00 of the day it ends', () => {
    expect(formatDateTime('2026-11-26T06:05:00.000Z')).toBe('2026-11-26 14:05');
    // Sunday 29 November 24:00 in the office is Monday 00:00, i.e. 16:00 UTC on the Sunday.
    expect(formatDateTime('2026-11-29T16:00:00.000Z')).toBe('2026-11-29 24:00');
    expect(formatDateTime('2026-11-29T16:01:00.000Z')).toBe('2026-11-30 00:01');
  });
});
