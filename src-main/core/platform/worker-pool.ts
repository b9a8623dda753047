import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { renderDocxMany } from '../documents/render-docx';

/** Room for short-lived objects in a worker, in MB: at 8 a document took 12 ms, at 32–96 about 7. */
export const RENDER_YOUNG_GENERATION_MB = 64;

/** Renders document models (one or several sections) to a .docx. */
export interface DocxRenderer {
  render(models: DocModel[]): Promise<Buffer>;
  /** How many documents are worth having in flight at once. */
  readonly parallelism: number;
  close(): Promise<void>;
}

/** Renders on the calling thread: tests and tools, and the fallback when no worker is configured. */
export const inProcessRenderer: DocxRenderer = {
  render: (models) => renderDocxMany(models),
  parallelism: 1,
  close: () => Promise.resolve(),
};

/** A piece of work for a worker thread: the task's name in the worker module, and its input. */
export interface WorkerTask {
  id: number;
  kind: string;
  input: unknown;
}

/** What a worker answers: the task's value, or what went wrong. */
export type WorkerReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkerErrorData };

/** An error as it crosses from a worker: its class name, message and stack, and any own fields. */
export interface WorkerErrorData {
  name: string;
  message: string;
  stack?: string;
  fields?: Record<string, unknown>;
}

/** A task failed in a worker; `data` says how, for the caller to turn back into its own error. */
export class WorkerTaskError extends Error {
  constructor(readonly data: WorkerErrorData) {
    super(data.message);
    this.name = 'WorkerTaskError';
  }
}

export interface WorkerPoolOptions {
  /** The worker module (src-main/core/worker.ts) as the running shell can load it (built .js, or .ts under tsx). */
  workerPath: string;
  /** Worker threads at most; by default one per core, at most four. */
  size?: number;
  /** Node options for the workers; by default the process's own (so `--import tsx` carries over). */
  execArgv?: string[];
  /** An idle worker is stopped after this long, so a quiet app holds no extra memory. */
  idleMs?: number;
  /** A task taking longer than this fails and its worker is replaced (a hung worker never ends). */
  taskTimeoutMs?: number;
}

interface Pending {
  task: WorkerTask;
  transfer: ArrayBuffer[];
  resolve(value: unknown): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  idleTimer: NodeJS.Timeout | null;
  taskTimer: NodeJS.Timeout | null;
}

/**
 * A few worker threads doing the core's heavy work: Word documents, so a month's bundle (hundreds
 * of documents) uses every core, and the other tasks of the worker module (packing a bundle,
 * checking one at head office), so the main thread stays free to answer the window. Workers start
 * on first use and stop when idle; a worker that dies fails only the task it was running.
 */
export class WorkerPool implements DocxRenderer {
  readonly parallelism: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {
    this.parallelism = Math.max(1, options.size ?? Math.min(4, availableParallelism()));
  }

  async render(models: DocModel[]): Promise<Buffer> {
    try {
      return Buffer.from((await this.run('render', { models })) as ArrayBuffer);
    } catch (err) {
      if (err instanceof WorkerTaskError)
        throw new Error(`Word 文档生成失败:${err.data.stack ?? err.message}`);
      throw err;
    }
  }

  /** Runs a task of the worker module; `transfer` moves those buffers to the worker instead of copying. */
  run(kind: string, input: unknown, transfer: ArrayBuffer[] = []): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('worker pool closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, kind, input }, transfer, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('worker pool closed'));
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
    this.slots.clear();
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = [...this.slots].find((s) => s.current === null);
      if (!slot) {
        if (this.slots.size >= this.parallelism) return;
        try {
          slot = this.spawn();
        } catch (err) {
          // No worker can start (a missing file, a bad option): the waiting documents fail now.
          const error = err instanceof Error ? err : new Error(String(err));
          for (const p of this.queue.splice(0)) p.reject(error);
          return;
        }
      }
      const next = this.queue.shift()!;
      slot.current = next;
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      const stuck = slot;
      slot.taskTimer = setTimeout(() => {
        void stuck.worker.terminate();
      }, this.options.taskTimeoutMs ?? 120_000);
      slot.taskTimer.unref();
      slot.worker.postMessage(next.task, next.transfer);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerPath, {
      ...(this.options.execArgv ? { execArgv: this.options.execArgv } : {}),
      // docx builds and drops a great many small objects per document: with V8's default young
      // generation a quarter of a worker's time went to collecting them (npm run bench -- documents).
      resourceLimits: { maxYoungGenerationSizeMb: RENDER_YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, current: null, idleTimer: null, taskTimer: null };
    this.slots.add(slot);
    worker.on('message', (reply: WorkerReply) => {
      const done = slot.current;
      if (!done || done.task.id !== reply.id) return;
      if (slot.taskTimer) clearTimeout(slot.taskTimer);
      slot.current = null;
      if (reply.ok) done.resolve(reply.value);
      else done.reject(new WorkerTaskError(reply.error));
      this.idle(slot);
      this.pump();
    });
    const lost = (err: Error) => {
      this.slots.delete(slot);
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      if (slot.taskTimer) clearTimeout(slot.taskTimer);
      slot.current?.reject(err);
      slot.current = null;
      if (!this.closed) this.pump();
    };
    worker.on('error', lost);
    worker.on('messageerror', lost);
    worker.on('exit', (code) => lost(new Error(`后台处理进程意外退出(${code})`)));
    return slot;
  }

  private idle(slot: Slot): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = setTimeout(() => {
      if (slot.current === null && this.slots.delete(slot)) void slot.worker.terminate();
    }, this.options.idleMs ?? 30_000);
    slot.idleTimer.unref();
  }
}
