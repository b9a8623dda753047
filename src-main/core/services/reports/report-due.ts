import { visitFormDue } from '../../../../src-shared/domain/deadlines/f01-deadline';

/** The due moment stored on a report when it is created, as an ISO instant. */
export function dueFor(formCode: string, periodKey: string): string | null {
  if (formCode === 'F01') return visitFormDue(periodKey)?.toISOString() ?? null;
  return null;
}
