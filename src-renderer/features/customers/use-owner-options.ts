import { useEffect, useState } from 'react';
import type { UserSummary } from '../../../src-shared/contract';
import { api } from '../../api/client';

export interface OwnerOption {
  value: string;
  label: string;
}

/**
 * Who may be responsible for customers: the reps and managers at work, and anyone a customer on
 * screen still names (a rep who has left) under that name.
 */
export function useOwnerOptions(keep?: { id: number; name: string } | null): OwnerOption[] {
  const [people, setPeople] = useState<UserSummary[]>([]);
  useEffect(() => {
    let live = true;
    api('people.list', {}).then(
      (p) => live && setPeople(p),
      () => live && setPeople([]),
    );
    return () => {
      live = false;
    };
  }, []);
  const options = people
    .filter((p) => p.active && (p.role === 'rep' || p.role === 'manager'))
    .map((p) => ({ value: String(p.id), label: p.displayName }));
  if (keep && !options.some((o) => o.value === String(keep.id))) {
    options.push({ value: String(keep.id), label: keep.name });
  }
  return options;
}
