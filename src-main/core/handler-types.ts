import type { Kysely } from 'kysely';
import type { MethodName, OutputOf, ParsedInputOf } from '../../src-shared/contract';
import { ApiError } from '../../src-shared/errors';
import type { Role } from '../../src-shared/domain/roles';
import type { Caller } from './core-types';
import type { DB } from './db/schema';
import type { FileStore } from './platform/file-store';
import type { SignInLimiter } from './platform/rate-limit';
import type { UploadStore } from './platform/upload-store';
import type { JobRegistry } from './platform/job-registry';
import type { DocxRenderer } from './platform/render-pool';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

/** What every handler receives besides its validated input. */
export interface HandlerContext {
  db: Kysely<DB>;
  /** The data folder: the database, backups, the office's private key. */
  dataDir: string;
  now: () => Date;
  user: SessionUser | null;
  caller: Caller;
  files: FileStore;
  /** Files users handed over for import (head office). */
  uploads: UploadStore;
  /** Background bundle exports. */
  jobs: JobRegistry;
  /** Renders Word documents, in worker threads when the shell provides them. */
  renderer: DocxRenderer;
  limiter: SignInLimiter;
}

export type Handler<M extends MethodName> = (
  input: ParsedInputOf<M>,
  ctx: HandlerContext,
) => Promise<OutputOf<M>>;

/** One handler per contract method; a missing method fails the build. */
export type Handlers = { [M in MethodName]: Handler<M> };

/** The signed-in user; dispatch has already refused callers without a session. */
export function currentUser(ctx: HandlerContext): SessionUser {
  if (!ctx.user) throw new ApiError('UNAUTHENTICATED', '请先登录。');
  return ctx.user;
}

/** The current time as stored in the database. */
export function nowIso(ctx: { now: () => Date }): string {
  return ctx.now().toISOString();
}
