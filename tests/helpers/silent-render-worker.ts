/**
 * A render worker that takes every document and never answers, as one stuck in an endless loop
 * would: only the render pool's own time limit can end the wait, however fast the machine is.
 */
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => undefined);
