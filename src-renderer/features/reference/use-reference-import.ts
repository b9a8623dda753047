import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import type { InspectedReferenceBundle } from '../../../src-shared/contract/reference-bundles';
import { api, ApiCallError, errorMessage, uploadFile } from '../../api/client';

type Job = OutputOf<'refBundles.job'>;
export type ImportOutcome =
  | { kind: 'done'; result: NonNullable<Job['result']> }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

/** The bundle picked: its upload, what inspecting it said, and how importing it ended. */
export interface PickedBundle {
  fileName: string;
  uploadId: string;
  inspected: InspectedReferenceBundle;
}

const POLL_MS = 250;

/**
 * The office's side of a reference bundle: upload and inspect the picked file, import it as a
 * background job (trusting head office's key on first import), follow its progress, cancel it.
 */
export function useReferenceImport(onEnded: () => void) {
  const [picked, setPicked] = useState<PickedBundle | null>(null);
  const [checking, setChecking] = useState(false);
  const [job, setJob] = useState<Job | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const ended = useRef(onEnded);
  ended.current = onEnded;

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const pick = useCallback(async (file: File) => {
    setPicked(null);
    setOutcome(null);
    setChecking(true);
    try {
      const { uploadId } = await uploadFile(file);
      const inspected = await api('refBundles.inspect', { uploadId });
      setPicked({ fileName: file.name, uploadId, inspected });
    } catch (err) {
      setOutcome({ kind: 'failed', message: errorMessage(err) });
    } finally {
      setChecking(false);
    }
  }, []);

  const finish = useCallback((next: ImportOutcome) => {
    setJob(null);
    // The upload is gone once imported: nothing is left to import again.
    if (next.kind === 'done') setPicked(null);
    setOutcome(next);
    ended.current();
  }, []);

  const follow = useCallback(
    (jobId: string) => {
      const poll = async () => {
        try {
          const next = await api('refBundles.job', { jobId });
          if (next.state === 'running') {
            setJob(next);
            timer.current = window.setTimeout(() => void poll(), POLL_MS);
          } else if (next.state === 'done' && next.result) finish({ kind: 'done', result: next.result });
          else if (next.state === 'cancelled') finish({ kind: 'cancelled' });
          else finish({ kind: 'failed', message: next.error?.message ?? '参考数据未能导入,请重试。' });
        } catch (err) {
          finish({
            kind: 'failed',
            message:
              err instanceof ApiCallError
                ? err.error.message
                : '无法获取导入进度,请刷新页面查看当前参考数据序号。',
          });
        }
      };
      void poll();
    },
    [finish],
  );

  /** Starts importing the picked bundle; `trustFingerprint` registers head office's key first. */
  const start = useCallback(
    async (trustFingerprint?: string) => {
      if (!picked) return;
      setOutcome(null);
      try {
        const { jobId } = await api('refBundles.startImport', {
          uploadId: picked.uploadId,
          ...(trustFingerprint ? { trustFingerprint } : {}),
        });
        setJob({ jobId, state: 'running', done: 0, total: 0, label: '准备中', result: null, error: null });
        follow(jobId);
      } catch (err) {
        setOutcome({ kind: 'failed', message: errorMessage(err) });
      }
    },
    [picked, follow],
  );

  const cancel = useCallback(async () => {
    if (job) await api('refBundles.cancel', { jobId: job.jobId });
  }, [job]);

  return { picked, checking, job, outcome, pick, start, cancel };
}
