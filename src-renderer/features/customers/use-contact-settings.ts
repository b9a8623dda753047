import { useCallback, useEffect, useState } from 'react';
import type { ContactSettings } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';

/** The office's contact settings (grades and their intervals); null until loaded. */
export function useContactSettings(): [ContactSettings | null, (s: ContactSettings) => void] {
  const [settings, setSettings] = useState<ContactSettings | null>(null);
  useEffect(() => {
    let live = true;
    api('customers.contactSettings', {}).then((s) => live && setSettings(s), notifyError);
    return () => {
      live = false;
    };
  }, []);
  return [settings, useCallback((s: ContactSettings) => setSettings(s), [])];
}

/** The grades a customer may have, as Select options, e.g. “A级(每7天联系)”. */
export function gradeOptions(
  settings: ContactSettings | null,
  current = '',
): { value: string; label: string }[] {
  const options = (settings?.grades ?? []).map((g) => ({
    value: g.grade,
    label: `${g.grade}级(每${g.intervalDays}天联系)`,
  }));
  // A grade since removed from the settings still shows on the customers that have it.
  if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: current });
  return options;
}
