import { describe, expect, it } from 'vitest';
import {
  contactDueDay,
  contactState,
  DEFAULT_CONTACT_SETTINGS,
  intervalOf,
} from '../../../src-shared/domain/customers';

const interval = (grade: string) => intervalOf(DEFAULT_CONTACT_SETTINGS, grade)!;

describe('定期联系 due days', () => {
  it('counts each grade’s interval in calendar days from the last contact', () => {
    expect(contactDueDay('2026-11-26', '2026-01-05', interval('A'))).toBe('2026-12-03');
    expect(contactDueDay('2026-11-26', '2026-01-05', interval('B'))).toBe('2026-12-10');
    expect(contactDueDay('2026-11-26', '2026-01-05', interval('C'))).toBe('2026-12-26');
    expect(contactDueDay('2026-11-26', '2026-01-05', interval('D'))).toBe('2027-01-25');
  });

  it('counts from the filing day for a customer never contacted', () => {
    expect(contactDueDay(null, '2026-11-20', 7)).toBe('2026-11-27');
  });

  it('crosses month ends, February in normal and leap years, and the year end', () => {
    expect(contactDueDay('2026-01-28', '2025-01-01', 7)).toBe('2026-02-04');
    expect(contactDueDay('2027-02-25', '2025-01-01', 7)).toBe('2027-03-04');
    expect(contactDueDay('2028-02-25', '2025-01-01', 7)).toBe('2028-03-03');
    expect(contactDueDay('2028-01-30', '2025-01-01', 30)).toBe('2028-02-29');
    expect(contactDueDay('2027-01-30', '2025-01-01', 30)).toBe('2027-03-01');
    expect(contactDueDay('2026-12-28', '2025-01-01', 7)).toBe('2027-01-04');
    expect(contactDueDay('2026-11-30', '2025-01-01', 60)).toBe('2027-01-29');
  });

  it('ignores holidays: the 国庆 week counts like any other', () => {
    expect(contactDueDay('2026-09-30', '2025-01-01', 7)).toBe('2026-10-07');
  });

  it('knows no interval for ungraded customers or grades the office does not have', () => {
    expect(intervalOf(DEFAULT_CONTACT_SETTINGS, '')).toBeNull();
    expect(intervalOf(DEFAULT_CONTACT_SETTINGS, 'S')).toBeNull();
  });
});

describe('定期联系 state', () => {
  it('is ok before the warning, due soon through the due day, overdue the day after', () => {
    const due = '2026-12-03';
    expect(contactState('2026-11-29', due, 3)).toBe('ok');
    expect(contactState('2026-11-30', due, 3)).toBe('dueSoon');
    expect(contactState('2026-12-03', due, 3)).toBe('dueSoon');
    expect(contactState('2026-12-04', due, 3)).toBe('overdue');
  });

  it('warns only on the due day itself with warnDays 0', () => {
    expect(contactState('2026-12-02', '2026-12-03', 0)).toBe('ok');
    expect(contactState('2026-12-03', '2026-12-03', 0)).toBe('dueSoon');
    expect(contactState('2026-12-04', '2026-12-03', 0)).toBe('overdue');
  });

  it('counts the warning across a month end and a leap day', () => {
    expect(contactState('2028-02-27', '2028-03-01', 3)).toBe('dueSoon');
    expect(contactState('2028-02-26', '2028-03-01', 3)).toBe('ok');
    expect(contactState('2027-02-26', '2027-03-01', 3)).toBe('dueSoon');
    expect(contactState('2027-02-25', '2027-03-01', 3)).toBe('ok');
    expect(contactState('2027-01-01', '2026-12-31', 3)).toBe('overdue');
  });
});
