import { useEffect, useState } from 'react';
import type { TrainingSettings } from '../../../src-shared/contract/training';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';

/** The office's training settings (categories, 请假 rule); null while loading. */
export function useTrainingSettings(): TrainingSettings | null {
  const [settings, setSettings] = useState<TrainingSettings | null>(null);
  useEffect(() => {
    let live = true;
    api('training.settings', {}).then(
      (s) => live && setSettings(s),
      (err: unknown) => live && notifyError(err, '培训设置未能载入'),
    );
    return () => {
      live = false;
    };
  }, []);
  return settings;
}
