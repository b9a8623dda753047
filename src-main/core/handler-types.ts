import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Contract, MethodDef } from '../../src-shared/contract';
import type { InstallationMode } from '../../src-shared/contract';
import type { Role } from '../../src-shared/domain/roles';
import { ApiError } from '../../src-shared/errors';
import type { Caller } from './core-types';
import type { Db, DB } from './db/database';
import type { SectionName } from '../../src-shared/bundle/sections';
import type { FileStore } from './platform/file-store';
import type { JobRegistry } from './platform/job-registry';
import type { SignInLimiter } from './platform/rate-limit';
import type { PaperStore } from './documents/paper-store';
import type { OffThread } from './off-thread';
import type { DocxRenderer } from './platform/worker-pool';
import type { UploadStore } from './platform/upload-store';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

/** What the setup wizard has just created; modules prepare what they need for it. */
export interface SetupInfo {
  mode: InstallationMode;
  /** The first manager (head office: its administrator). */
  managerId: number;
}

/** What modules contribute at moments the whole installation goes through. */
export interface ModuleHooks {
  /** Runs once the setup wizard has stored the office and its manager (e.g. the office signing key). */
  afterSetup(ctx: HandlerContext, setup: SetupInfo): Promise<void>;
}

/** What a module's bundle section is written from: the month, the reports going out, who and when. */
export interface SectionContext {
  db: Kysely<DB>;
  /** YYYY-MM and its first and last office days. */
  month: string;
  first: string;
  last: string;
  reportIds: readonly number[];
  /** The moment of the export, which figures computed "as of now" (the KPIs) are computed at. */
  exportedAt: string;
  /** The manager exporting the month. */
  exportedBy: SessionUser;
}

/**
 * A module's section of the monthly bundle's data (src-shared/bundle/sections): the office
 * writes it, head office keeps it, and may take what it needs from it in the import's transaction.
 */
export interface BundleSectionHandler {
  name: SectionName;
  /** The section's data in its latest version. */
  write(ctx: SectionContext): Promise<unknown>;
  /** Head office's use of an imported section, in the import's transaction (e.g. its regions). */
  receive?(
    trx: Db,
    bundle: { bundleId: number; officeCode: string; at: string },
    data: unknown,
  ): Promise<void>;
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
  /** Background work with progress (the bundle export). */
  jobs: JobRegistry;
  /** Renders Word documents, in worker threads when the shell provides them. */
  renderer: DocxRenderer;
  /** The heavy work that reads no database (off-thread.ts), in worker threads when the shell has them. */
  offThread: OffThread;
  /** Word documents rendered once per report version and model: print and bundle read them here. */
  paper: PaperStore;
  /**
   * Says that reports were approved, so the documents of the months about to be sent can be
   * rendered in the background before anyone exports them.
   */
  paperChanged(): void;
  limiter: SignInLimiter;
  hooks: ModuleHooks;
  /** The modules' sections of the monthly bundle, beside the reports the bundles module writes. */
  bundleSections: readonly BundleSectionHandler[];
  /** Writes an unexpected error to the data folder's rotating log; returns the id to show. */
  logError(where: string, err: unknown, detail?: unknown): string;
}

/** The handler of one method of a module's contract: parsed input in, the output's value out. */
export type MethodHandler<D extends MethodDef> = (
  input: z.output<D['input']>,
  ctx: HandlerContext,
) => Promise<z.output<D['output']>>;

/** One handler per method of a module's contract; a missing or extra method fails the build. */
export type ModuleHandlers<C extends Record<string, MethodDef>> = { [M in keyof C]: MethodHandler<C[M]> };

/** Every method's handler, joined from the modules. */
export type Handlers = ModuleHandlers<Contract>;

/** The signed-in user; dispatch has already refused callers without a session. */
export function currentUser(ctx: Pick<HandlerContext, 'user'>): SessionUser {
  if (!ctx.user) throw new ApiError('UNAUTHENTICATED', '请先登录。');
  return ctx.user;
}

/** The current time as stored in the database. */
export function nowIso(ctx: { now: () => Date }): string {
  return ctx.now().toISOString();
}
