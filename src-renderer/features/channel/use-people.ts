import { useEffect, useState } from 'react';
import type { UserSummary } from '../../../src-shared/contract';
import { api } from '../../api/client';

export interface PersonOption {
  value: string;
  label: string;
}

/**
 * The office's people for the F11's pickers: anyone at work may report (举报人); only reps and
 * managers can be 当事人. A rep's list holds only themself, as the API gives it.
 */
export function usePeople(): { reporters: PersonOption[]; parties: PersonOption[] } {
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
  const active = people.filter((p) => p.active);
  const option = (p: UserSummary) => ({ value: String(p.id), label: p.displayName });
  return {
    reporters: active.map(option),
    parties: active.filter((p) => p.role === 'rep' || p.role === 'manager').map(option),
  };
}
