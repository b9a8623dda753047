import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { renderDocxMany } from '../documents/render-docx';
import type { RenderReply, RenderTask } from './render-worker';

/** Room for short-lived objects in a render worker, in MB: at 8 a document took 12 ms, at 32–96 about 7. */
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

export interface RenderPoolOptions {
  /** The render-worker module as the running shell can load it (built .js, or .ts under tsx). */
  workerPath: string;
  /** Worker threads at most; by default one per core, at most four. */
  size?: number;
  /** Node options for the workers; by default the process's own (so `--import tsx` carries over). */
  execArgv?: string[];
  /** An idle worker is stopped after this long, so a quiet app holds no extra memory. */
  idleMs?: number;
  /** A document taking longer than this fails and its worker is replaced (a hung worker never ends). */
  taskTimeoutMs?: number;
}

interface Pending {
  task: RenderTask;
  resolve(bytes: Buffer): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  idleTimer: NodeJS.Timeout | null;
  taskTimer: NodeJS.Timeout | null;
}

/**
 * A few worker threads rendering Word documents, so a month's bundle (hundreds of documents)
 * uses every core and the main thread stays free to answer the window. Workers start on first
 * use and stop when idle; a worker that dies fails only the document it was rendering.
 */
export class RenderPool implements DocxRenderer {
  readonly parallelism: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: RenderPoolOptions) {
    this.parallelism = Math.max(1, options.size ?? Math.min(4, availableParallelism()));
  }

  render(models: DocModel[]): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('render pool closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, models }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('render pool closed'));
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
      slot.worker.postMessage(next.task);
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
    worker.on('message', (reply: RenderReply) => {
      const done = slot.current;
      if (!done || done.task.id !== reply.id) return;
      if (slot.taskTimer) clearTimeout(slot.taskTimer);
      slot.current = null;
      if (reply.ok) done.resolve(Buffer.from(reply.bytes));
      else done.reject(new Error(`Word 文档生成失败:${reply.message}`));
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
    worker.on('exit', (code) => lost(new Error(`Word 文档生成进程意外退出(${code})`)));
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
