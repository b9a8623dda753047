import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../src-shared/errors';

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobView<R> {
  jobId: string;
  state: JobState;
  done: number;
  total: number;
  label: string;
  result: R | null;
  error: { code: string; message: string } | null;
}

interface Job<R> extends JobView<R> {
  ownerId: number;
  controller: AbortController;
  endedAt: number | null;
  /** Past its point of no return (saving): a cancel no longer stops it. */
  final: boolean;
}

/** What a job's work is given: report progress, watch for cancel, say when it can no longer stop. */
export interface JobControl {
  progress(done: number, total: number, label: string): void;
  signal: AbortSignal;
  /** Called just before the work saves its result; from then on cancel answers false. */
  final(): void;
}

/** A finished job's outcome is kept this long for the screen that follows it. */
const KEEP_MS = 30 * 60_000;

/**
 * Long work that runs in the background of the core (the bundle export, the reference-bundle
 * import): its progress, its
 * result or error, and a way to cancel it. Jobs belong to the user who started them.
 */
export class JobRegistry {
  private jobs = new Map<string, Job<unknown>>();

  constructor(private readonly now: () => Date) {}

  start<R>(ownerId: number, work: (control: JobControl) => Promise<R>): string {
    this.sweep();
    const job: Job<R> = {
      jobId: randomUUID(),
      ownerId,
      state: 'running',
      done: 0,
      total: 0,
      label: '准备中',
      result: null,
      error: null,
      controller: new AbortController(),
      endedAt: null,
      final: false,
    };
    this.jobs.set(job.jobId, job as Job<unknown>);
    const progress = (done: number, total: number, label: string) => {
      job.done = done;
      job.total = total;
      job.label = label;
    };
    const control: JobControl = {
      progress,
      signal: job.controller.signal,
      final: () => {
        job.final = true;
      },
    };
    work(control).then(
      (result) => {
        job.state = 'done';
        job.result = result;
        job.endedAt = this.now().getTime();
      },
      (err: unknown) => {
        job.endedAt = this.now().getTime();
        // Only the abort itself means cancelled; any other failure is reported as it is.
        if (job.controller.signal.aborted && err === job.controller.signal.reason) {
          job.state = 'cancelled';
          return;
        }
        job.state = 'failed';
        job.error =
          err instanceof ApiError
            ? { code: err.code, message: err.message }
            : { code: 'INTERNAL', message: '任务未完成,程序内部出错。数据未被改动,请重试。' };
        if (!(err instanceof ApiError)) console.error('[regiondesk] background job failed:', err);
      },
    );
    return job.jobId;
  }

  view<R>(jobId: string, ownerId: number): JobView<R> {
    const job = this.jobs.get(jobId);
    if (!job || job.ownerId !== ownerId)
      throw new ApiError('NOT_FOUND', '找不到该任务,可能已结束超过半小时,请重新开始。');
    const { jobId: id, state, done, total, label, result, error } = job;
    return { jobId: id, state, done, total, label, result: result as R | null, error };
  }

  /** Asks a running job to stop; true when it was still running. */
  cancel(jobId: string, ownerId: number): boolean {
    const job = this.jobs.get(jobId);
    if (!job || job.ownerId !== ownerId)
      throw new ApiError('NOT_FOUND', '找不到该任务,可能已结束超过半小时。');
    if (job.state !== 'running' || job.final) return false;
    job.controller.abort();
    return true;
  }

  private sweep(): void {
    const cutoff = this.now().getTime() - KEEP_MS;
    for (const [id, job] of this.jobs) if (job.endedAt !== null && job.endedAt < cutoff) this.jobs.delete(id);
  }
}
