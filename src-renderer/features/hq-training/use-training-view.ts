import { useEffect, useState } from 'react';
import type { HqTrainingOutput, InputOf } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';

/**
 * Loads hq.training and loads it again whenever the filter changes; null until the answer for the
 * current filter has arrived. A failure is shown as a notification.
 */
export function useTrainingView(input: InputOf<'hq.training'>): HqTrainingOutput | null {
  const key = JSON.stringify(input);
  const [loaded, setLoaded] = useState<{ key: string; data: HqTrainingOutput } | null>(null);
  useEffect(() => {
    let live = true;
    api('hq.training', JSON.parse(key) as InputOf<'hq.training'>).then(
      (data) => {
        if (live) setLoaded({ key, data });
      },
      (error: unknown) => {
        if (live) notifyError(error, '未能载入');
      },
    );
    return () => {
      live = false;
    };
  }, [key]);
  return loaded?.key === key ? loaded.data : null;
}
