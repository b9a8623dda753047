import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { api, ApiCallError } from '../../api/client';

type Job = OutputOf<'bundles.job'>;

const POLL_MS = 250;

/**
 * Runs bundles.startExport and follows the job until it ends: progress for the bar, cancel, and
 * the finished job (done, failed or cancelled) for the screen to report.
 */
export function useExportJob(onEnd: (job: Job) => void) {
  const [job, setJob] = useState<Job | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const ended = useRef(onEnd);
  ended.current = onEnd;

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const follow = useCallback((jobId: string) => {
    const poll = async () => {
      try {
        const next = await api('bundles.job', { jobId });
        setJob(next);
        if (next.state === 'running') timer.current = window.setTimeout(() => void poll(), POLL_MS);
        else {
          setJob(null);
          ended.current(next);
        }
      } catch (err) {
        setJob(null);
        const error =
          err instanceof ApiCallError
            ? err.error
            : { code: 'INTERNAL', message: '无法获取导出进度,请刷新后查看发件箱。' };
        ended.current({ jobId, state: 'failed', done: 0, total: 0, label: '', result: null, error });
      }
    };
    void poll();
  }, []);

  const start = useCallback(
    async (month: string, maxPartBytes: number) => {
      const { jobId } = await api('bundles.startExport', { month, maxPartBytes });
      setJob({ jobId, state: 'running', done: 0, total: 0, label: '准备中', result: null, error: null });
      follow(jobId);
    },
    [follow],
  );

  const cancel = useCallback(async () => {
    if (job) await api('bundles.cancel', { jobId: job.jobId });
  }, [job]);

  return { job, start, cancel };
}
