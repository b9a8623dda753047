import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportDetail } from '../../../src-shared/contract';
import type { FormCode } from '../../../src-shared/domain/forms';
import { api, ApiCallError } from '../../api/client';
import { notifyError } from '../../api/notify';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string };

const AUTOSAVE_MS = 1200;

function valueAt(data: unknown, path: string): unknown {
  let v = data;
  for (const part of path.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** Messages about fields that still hold what they held when the message was given. */
function withoutEdited(errors: Record<string, string>, before: unknown, after: unknown) {
  const kept = Object.entries(errors).filter(([path]) => valueAt(before, path) === valueAt(after, path));
  return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
}

/**
 * Loads one report and keeps its draft saved: every change is saved after a short pause,
 * Ctrl+S saves at once, and a conflicting edit elsewhere is reported instead of overwritten.
 */
export function useReportDraft(formCode: FormCode, periodKey: string, authorId: number | undefined) {
  const [report, setReport] = useState<ReportDetail | null>(null);
  const [data, setData] = useState<Record<string, unknown> | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const versionRef = useRef<number | null>(null);
  const dataRef = useRef<Record<string, unknown> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<ReportDetail | null> | null>(null);
  // Values the app pre-filled into a new report; stored with its first save.
  const prefilledRef = useRef<Record<string, unknown>>({});
  const [prefilled, setPrefilledState] = useState<Record<string, unknown>>({});

  const apply = useCallback((r: ReportDetail | null, replaceData: boolean) => {
    setReport(r);
    versionRef.current = r?.version ?? null;
    if (r) setPrefilledState(r.prefilled);
    if (replaceData) {
      dataRef.current = r?.data ?? {};
      setData(dataRef.current);
    }
  }, []);

  const reload = useCallback(async () => {
    const r = await api('reports.find', { formCode, periodKey, ...(authorId ? { authorId } : {}) });
    apply(r, true);
    setSave({ kind: 'idle' });
    setFieldErrors({});
  }, [formCode, periodKey, authorId, apply]);

  useEffect(() => {
    setData(null);
    reload().catch(notifyError);
  }, [reload]);

  const flush = useCallback(async (): Promise<ReportDetail | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current.catch(() => null);
    if (!dataRef.current) return null;
    setSave({ kind: 'saving' });
    const p = api('reports.saveDraft', {
      formCode,
      periodKey,
      ...(authorId ? { authorId } : {}),
      data: dataRef.current,
      ...(versionRef.current === null ? { prefilled: prefilledRef.current } : {}),
      expectedVersion: versionRef.current,
    }).then(
      (r) => {
        apply(r, false);
        setSave({ kind: 'saved', at: new Date() });
        // What a submission found missing stays marked until each field is filled in.
        return r;
      },
      (err: unknown) => {
        setSave({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
        if (err instanceof ApiCallError && err.error.fields) setFieldErrors(err.error.fields);
        throw err;
      },
    );
    inFlight.current = p;
    try {
      return await p;
    } finally {
      inFlight.current = null;
    }
  }, [formCode, periodKey, authorId, apply]);

  const change = useCallback(
    (next: Record<string, unknown>) => {
      const before = dataRef.current;
      setFieldErrors((errors) => withoutEdited(errors, before, next));
      dataRef.current = next;
      setData(next);
      setSave({ kind: 'dirty' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush().catch(() => undefined), AUTOSAVE_MS);
    },
    [flush],
  );

  // Save what is pending when the page goes away, so nothing typed is lost.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        void flush().catch(() => undefined);
      }
    },
    [flush],
  );

  /** Changes the data from its latest state, so two changes in one event build on each other. */
  const update = useCallback(
    (fn: (current: Record<string, unknown>) => Record<string, unknown>) => change(fn(dataRef.current ?? {})),
    [change],
  );

  /** Starts a new report from pre-filled values without saving it yet. */
  const startWith = useCallback((values: Record<string, unknown>) => {
    prefilledRef.current = values;
    setPrefilledState(values);
    // A value typed before the pre-filled figures arrived wins over them.
    const current = dataRef.current ?? {};
    const isEmpty = (v: unknown) =>
      v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
    dataRef.current = {
      ...current,
      ...Object.fromEntries(Object.entries(values).filter(([k]) => isEmpty(current[k]))),
    };
    setData(dataRef.current);
  }, []);

  return {
    report,
    data,
    save,
    fieldErrors,
    setFieldErrors,
    change,
    update,
    flush,
    reload,
    apply,
    prefilled,
    startWith,
  };
}
