import type { DocModel } from '../../src-shared/documents/doc-model';
import { renderDocxMany } from './documents/render-docx';
import { packBundle } from './modules/bundles/worker-tasks';
import { prepareBundle } from './modules/head-office/worker-tasks';
import { BundleError, type BundleErrorReason } from './platform/bundle-format';
import { type WorkerErrorData, type WorkerPool, WorkerTaskError } from './platform/worker-pool';

/**
 * The core's heavy work that reads no database, by name: what the worker threads (worker.ts) run,
 * and what runs on the calling thread when there are none. Inputs and results cross threads by
 * structured clone, so they are plain data; `revive` turns a result back into what the caller
 * expects (a Buffer arrives as a Uint8Array).
 */
export const OFF_THREAD_TASKS = {
  render: async (input: { models: DocModel[] }) => {
    const bytes = await renderDocxMany(input.models);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  },
  /** Head office: checks a received bundle and makes its rows. */
  prepareImport: prepareBundle,
  /** An office: checks the month's data, writes the summary, signs and zips the bundle. */
  packBundle,
};

type Tasks = typeof OFF_THREAD_TASKS;
export type OffThreadKind = keyof Tasks;
type Output<K extends OffThreadKind> = Awaited<ReturnType<Tasks[K]>>;

const asBuffer = (bytes: Uint8Array) =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const REVIVE: { [K in OffThreadKind]: (value: Output<K>) => Output<K> } = {
  render: (value) => value,
  prepareImport: (value) => ({ ...value, v: { ...value.v, zip: asBuffer(value.v.zip) } }),
  packBundle: (value) => asBuffer(value),
};

/** Runs the tasks above in the worker threads when the core has them, else on this thread. */
export interface OffThread {
  run<K extends OffThreadKind>(kind: K, input: Parameters<Tasks[K]>[0]): Promise<Output<K>>;
}

/** A task's error as it crosses back: BundleError keeps its reason, anything else its message. */
export function errorData(err: unknown): WorkerErrorData {
  if (err instanceof BundleError) {
    return { name: 'BundleError', message: err.message, fields: { reason: err.reason, detail: err.detail } };
  }
  if (err instanceof Error)
    return { name: err.name, message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
  return { name: 'Error', message: String(err) };
}

function reviveError(err: unknown): unknown {
  if (!(err instanceof WorkerTaskError)) return err;
  const { data } = err;
  if (data.name === 'BundleError') {
    return new BundleError(
      data.fields?.reason as BundleErrorReason,
      data.fields?.detail as string | undefined,
    );
  }
  const error = new Error(data.message);
  if (data.stack) error.stack = data.stack;
  return error;
}

/** The core's OffThread: through the pool's workers, or on this thread without a pool. */
export function offThread(pool: WorkerPool | null): OffThread {
  const tasks = OFF_THREAD_TASKS as unknown as Record<OffThreadKind, (input: unknown) => Promise<unknown>>;
  const revive = REVIVE as unknown as Record<OffThreadKind, (value: unknown) => unknown>;
  const run = async (kind: OffThreadKind, input: unknown): Promise<unknown> => {
    if (!pool) return tasks[kind](input);
    try {
      return revive[kind](await pool.run(kind, input));
    } catch (err) {
      throw reviveError(err);
    }
  };
  return { run: run as OffThread['run'] };
}
