import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ReportDetail } from '../../../src-shared/contract';
import type { FormCode } from '../../../src-shared/domain/forms';
import {
  CLERK_CHEN,
  type FakeCaller,
  MANAGER,
  REP_LI,
  REP_WANG,
  call,
  expectOk,
  startOffice,
} from '../../helpers/core-harness';
import { openDocx, paragraphs } from '../print/docx-text';

export type Office = Awaited<ReturnType<typeof startOffice>>;
export type Who = 'manager' | 'wang' | 'li' | 'clerk';

const ACCOUNTS: Record<Who, { username: string; password: string }> = {
  manager: MANAGER,
  wang: REP_WANG,
  li: REP_LI,
  clerk: CLERK_CHEN,
};

/** The user id of one of the office's people. */
export function idOf(o: Office, who: Who): number {
  return { manager: o.managerId, wang: o.wangId, li: o.liId, clerk: o.clerkId }[who];
}

/**
 * Sets the office clock and signs the given people in again (all by default), as they would after
 * a night away: a session lapses after twelve idle hours.
 */
export async function travel(o: Office, iso: string, ...who: Who[]): Promise<void> {
  o.clock.set(iso);
  for (const w of who.length ? who : (Object.keys(ACCOUNTS) as Who[])) {
    const { username, password } = ACCOUNTS[w];
    expectOk(await call(o.core, o[w], 'auth.signIn', { username, password }));
  }
}

/** Saves a report as the caller; a new one unless `expectedVersion` is given. */
export async function save(
  o: Office,
  caller: FakeCaller,
  formCode: FormCode,
  periodKey: string,
  data: Record<string, unknown>,
  opts: { authorId?: number; prefilled?: Record<string, unknown>; expectedVersion?: number } = {},
): Promise<ReportDetail> {
  return expectOk(
    await call(o.core, caller, 'reports.saveDraft', {
      formCode,
      periodKey,
      data,
      ...(opts.authorId ? { authorId: opts.authorId } : {}),
      ...(opts.prefilled ? { prefilled: opts.prefilled } : {}),
      expectedVersion: opts.expectedVersion ?? null,
    }),
  );
}

/** Submits a stored report at the version it was read at. */
export async function submit(o: Office, caller: FakeCaller, r: ReportDetail): Promise<ReportDetail> {
  return expectOk(await call(o.core, caller, 'reports.submit', { id: r.id, expectedVersion: r.version }));
}

/** Saves a complete report and submits it at once. */
export async function file(
  o: Office,
  caller: FakeCaller,
  formCode: FormCode,
  periodKey: string,
  data: Record<string, unknown>,
  authorId?: number,
): Promise<ReportDetail> {
  const draft = await save(o, caller, formCode, periodKey, data, authorId ? { authorId } : {});
  return submit(o, caller, draft);
}

/** The paragraphs of a generated Word file, fetched the way the caller's browser would. */
export function wordParagraphs(
  o: Office,
  caller: FakeCaller,
  fileId: string,
): { text: string[]; xml: string } {
  const stored = o.core.getFile(fileId, caller.sessionToken);
  expect(stored).not.toBeNull();
  const docx = openDocx(readFileSync(stored!.path));
  return { text: paragraphs(docx.document), xml: docx.document };
}
