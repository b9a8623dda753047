/**
 * A worker thread that renders Word documents (see render-pool.ts): the docx library's XML
 * building and zipping are synchronous and take up to a few hundred milliseconds per document,
 * which must not hold up the thread that answers the window.
 */
import { parentPort } from 'node:worker_threads';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { renderDocxMany } from '../documents/render-docx';

export interface RenderTask {
  id: number;
  models: DocModel[];
}

export type RenderReply =
  { id: number; ok: true; bytes: ArrayBuffer } | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('render-worker runs only as a worker thread');

port.on('message', (task: RenderTask) => {
  renderDocxMany(task.models).then(
    (buffer) => {
      const bytes = buffer.buffer.slice(
        buffer.byteOffset,
        buffer.byteOffset + buffer.byteLength,
      ) as ArrayBuffer;
      port.postMessage({ id: task.id, ok: true, bytes } satisfies RenderReply, [bytes]);
    },
    (err: unknown) => {
      const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
      port.postMessage({ id: task.id, ok: false, message } satisfies RenderReply);
    },
  );
});
