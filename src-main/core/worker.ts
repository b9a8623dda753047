/**
 * The core's worker thread (see platform/worker-pool.ts): runs the tasks of off-thread.ts, the
 * synchronous heavy work (Word documents, packing and checking bundles) that must not hold up the
 * thread that answers the window.
 */
import { parentPort } from 'node:worker_threads';
import { errorData, OFF_THREAD_TASKS, type OffThreadKind } from './off-thread';
import type { WorkerReply, WorkerTask } from './platform/worker-pool';

const port = parentPort;
if (!port) throw new Error('worker.ts runs only as a worker thread');

port.on('message', (task: WorkerTask) => {
  const run = OFF_THREAD_TASKS[task.kind as OffThreadKind] as
    ((input: unknown) => Promise<unknown>) | undefined;
  Promise.resolve()
    .then(() => {
      if (!run) throw new Error(`no such task: ${task.kind}`);
      return run(task.input);
    })
    .then(
      (value) => {
        // A rendered document's bytes are handed over, not copied.
        const transfer = value instanceof ArrayBuffer ? [value] : [];
        port.postMessage({ id: task.id, ok: true, value } satisfies WorkerReply, transfer);
      },
      (err: unknown) =>
        port.postMessage({ id: task.id, ok: false, error: errorData(err) } satisfies WorkerReply),
    );
});
