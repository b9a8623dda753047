import { useEffect, useState } from 'react';
import type { UserSummary } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';

/**
 * The people an opportunity can belong to (reps and the manager at work), for the manager's and
 * clerk's owner fields and filters; a rep only ever sees their own, so nothing is loaded for one.
 */
export function useOwners(enabled: boolean) {
  const [owners, setOwners] = useState<UserSummary[]>([]);
  useEffect(() => {
    if (!enabled) return;
    api('people.list', {}).then(
      (people) => setOwners(people.filter((p) => p.active && (p.role === 'rep' || p.role === 'manager'))),
      notifyError,
    );
  }, [enabled]);
  return owners.map((p) => ({ value: String(p.id), label: p.displayName }));
}
