import type { Result } from '../../src-shared/errors';
import type { DocxRenderer, WorkerPoolOptions } from './platform/worker-pool';

/** Who is calling, as a transport knows it; the transport owns how a session token travels. */
export interface Caller {
  transport: 'ipc' | 'http';
  /** The session token the transport holds for this caller, if any. */
  sessionToken: string | null;
  /** Called by sign-in and sign-out so the transport can store or drop the token. */
  setSessionToken(token: string | null): void;
  /** A key that identifies the caller's origin for rate limiting (IP or window id). */
  clientKey: string;
}

/** A generated file waiting to be delivered by a shell (save dialog or download). */
export interface GeneratedFile {
  id: string;
  path: string;
  fileName: string;
  mime: string;
}

/** The core as both shells see it. */
export interface Core {
  dispatch(method: string, input: unknown, caller: Caller): Promise<Result<unknown>>;
  /** A generated file, if the caller's session is the one it was made for. */
  getFile(fileId: string, sessionToken: string | null): GeneratedFile | null;
  /**
   * Keeps a file a head-office user hands over for import (a bundle or a part) and returns its
   * upload id for hq.import.*; only a signed-in head-office manager may upload.
   */
  upload(
    bytes: Buffer,
    fileName: string,
    caller: Caller,
  ): Promise<Result<{ uploadId: string; fileName: string; bytes: number }>>;
  /** Whether this caller may upload at all; the host asks before reading a request body. */
  checkUpload(caller: Caller): Promise<Result<null>>;
  /** Logs an error a shell caught outside dispatch (rotating log in the data folder); returns its id. */
  logError(where: string, err: unknown): string;
  close(): void;
}

export interface CoreOptions {
  dataDir: string;
  /** Injected clock; the host can move it for tests. */
  now?: () => Date;
  /**
   * A head office's PostgreSQL database (`postgres://…`); without it, the URL in the data folder's
   * database.json, else SQLite in the data folder. An office always uses SQLite.
   */
  database?: string;
  /** Where better-sqlite3 finds its native module (Electron-ABI copy). */
  nativeBinding?: string;
  /**
   * Worker threads loading the core's worker module (src-main/core/worker.ts) render Word documents
   * and pack and check bundles; without it, all of that runs on the calling thread.
   */
  worker?: WorkerPoolOptions;
  /** Renders Word documents instead of the worker pool or the in-process renderer (tests hold it). */
  renderer?: DocxRenderer;
  /** Print unexpected errors to stderr as well as the log file (default on; tests turn it off). */
  echoErrors?: boolean;
  /**
   * Quiet time after approvals before the open months' documents are rendered ahead (default
   * PAPER_WARM_DELAY_MS); null renders them only when asked for (tests that count renders).
   */
  paperWarmDelayMs?: number | null;
}
