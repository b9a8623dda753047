import { useCallback, useEffect, useState } from 'react';
import type { InputOf, MethodName, OutputOf } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';

interface Loaded<M extends MethodName> {
  key: string;
  data: OutputOf<M> | null;
  error: unknown;
}

/**
 * Loads a method's output and loads it again whenever the input changes (a null input loads
 * nothing). `data` is null until the output for the current input has arrived; a failure is shown
 * as a notification and kept in `error`.
 */
export function useApi<M extends MethodName>(method: M, input: InputOf<M> | null) {
  const key = input === null ? null : JSON.stringify(input);
  const [loaded, setLoaded] = useState<Loaded<M> | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (key === null) return;
    let live = true;
    api(method, JSON.parse(key) as InputOf<M>).then(
      (data) => {
        if (live) setLoaded({ key, data, error: null });
      },
      (error: unknown) => {
        if (!live) return;
        setLoaded((prev) => ({ key, data: prev?.key === key ? prev.data : null, error }));
        notifyError(error, '未能载入');
      },
    );
    return () => {
      live = false;
    };
  }, [method, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const current = loaded && loaded.key === key ? loaded : null;
  return {
    data: current?.data ?? null,
    error: current?.error ?? null,
    loading: key !== null && !current,
    reload,
  };
}

/**
 * One action at a time out of several (a row's download, the export): `busy` names the running
 * one, so only its button shows a spinner; a failure is shown as a notification.
 */
export function useBusyAction<K extends string | number>() {
  const [busy, setBusy] = useState<K | null>(null);
  const run = useCallback(async (key: K, action: () => Promise<void>, errorTitle?: string) => {
    setBusy(key);
    try {
      await action();
    } catch (err) {
      notifyError(err, errorTitle);
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, run };
}
