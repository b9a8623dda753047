import { useEffect, useState } from 'react';
import type { HqChannelOutput, InputOf } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';

/**
 * Loads hq.channel and loads it again whenever the filter changes; null until the answer for the
 * current filter has arrived (the bundle page shows this feature's summary, so it cannot borrow
 * that page's loader without a cycle). A failure is shown as a notification.
 */
export function useChannelView(input: InputOf<'hq.channel'>): HqChannelOutput | null {
  const key = JSON.stringify(input);
  const [loaded, setLoaded] = useState<{ key: string; data: HqChannelOutput } | null>(null);
  useEffect(() => {
    let live = true;
    api('hq.channel', JSON.parse(key) as InputOf<'hq.channel'>).then(
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
