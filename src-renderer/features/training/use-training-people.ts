import { useEffect, useState } from 'react';
import type { OutputOf, UserSummary } from '../../../src-shared/contract';
import { api } from '../../api/client';

type RegionNow = OutputOf<'regions.current'>;

/** The roles a whole region stands for on a session's list, as the API resolves it. */
const REGION_ROLES: readonly string[] = ['rep', 'clerk'];

export interface TrainingPeople {
  /** Active people of the office, for the trainer and attendee pickers. */
  people: { value: string; label: string }[];
  region: RegionNow['region'] | null;
  /** The region's reps and clerks on a day, from their dated memberships. */
  regionPeopleOn(day: string): number[];
}

/** The office's people and its region's memberships, for scheduling a session. */
export function useTrainingPeople(): TrainingPeople {
  const [people, setPeople] = useState<UserSummary[]>([]);
  const [region, setRegion] = useState<RegionNow | null>(null);
  useEffect(() => {
    let live = true;
    api('people.list', {}).then(
      (p) => live && setPeople(p),
      () => live && setPeople([]),
    );
    api('regions.current', {}).then(
      (r) => live && setRegion(r),
      () => live && setRegion(null),
    );
    return () => {
      live = false;
    };
  }, []);
  return {
    people: people.filter((p) => p.active).map((p) => ({ value: String(p.id), label: p.displayName })),
    region: region?.region ?? null,
    regionPeopleOn: (day) => [
      ...new Set(
        (region?.memberships ?? [])
          .filter(
            (m) => REGION_ROLES.includes(m.role) && m.fromDay <= day && (m.toDay === null || m.toDay >= day),
          )
          .map((m) => m.userId),
      ),
    ],
  };
}
