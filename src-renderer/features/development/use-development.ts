import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import type { DevelopmentItem } from '../../../src-shared/contract/development';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';

export type DevelopmentOverview = OutputOf<'development.overview'>;

/** Every rep's counts and items for the manager's overview; null while loading. */
export function useDevelopmentOverview(): [DevelopmentOverview | null, () => void] {
  const [rows, setRows] = useState<DevelopmentOverview | null>(null);
  const reload = useCallback(() => {
    api('development.overview', {}).then(setRows, (err: unknown) => notifyError(err, '未能载入'));
  }, []);
  useEffect(reload, [reload]);
  return [rows, reload];
}

/** One person's items (a rep's own when no id is given); null while loading. */
export function useDevelopmentItems(userId: number | null): [DevelopmentItem[] | null, () => void] {
  const [items, setItems] = useState<{ userId: number | null; list: DevelopmentItem[] } | null>(null);
  const reload = useCallback(() => {
    api('development.items', userId === null ? {} : { userId }).then(
      (list) => setItems({ userId, list }),
      (err: unknown) => notifyError(err, '未能载入'),
    );
  }, [userId]);
  useEffect(reload, [reload]);
  return [items?.userId === userId ? items.list : null, reload];
}

/** The office's 培训类别, offered for an item's category. */
export function useTrainingCategories(): string[] {
  const [categories, setCategories] = useState<string[]>([]);
  useEffect(() => {
    api('training.settings', {}).then(
      (s) => setCategories(s.categories),
      () => setCategories([]),
    );
  }, []);
  return categories;
}
