import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { BundleEnvelope, BundleGap } from '../../../../src-shared/bundle/bundle-data';
import { DEFAULT_MAX_PART_BYTES } from '../../../../src-shared/contract/bundles';
import { ApiError } from '../../../../src-shared/errors';
import { type BundleFileInput, partFileName, sha256Hex, splitBundle } from '../../platform/bundle-format';
import type { HandlerContext, SessionUser } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { ensureOfficeKey, privateKeyPath } from '../keys';
import { type MonthRow, recordVersion } from '../reports';
import type { PaperStore } from '../../documents/paper-store';
import { buildBundleEnvelope, sendComment } from './bundle-data-file';
import { packBundle, type PackInput } from './bundle-pack';
import type { DocModel } from '../../../../src-shared/documents/doc-model';
import { type DocxRenderer, inProcessRenderer } from '../../platform/worker-pool';
import { type PlannedDocument, plannedModels } from './bundle-documents';
import { type ExportedFile, outboxDir, recordExport } from './export-repo';
import { type MonthPlan, planMonth, plannedFiles } from './month-plan';
import { discard, publish, stage } from './outbox';

export type BundleDeps = Pick<HandlerContext, 'db' | 'dataDir' | 'now' | 'bundleSections'> & {
  /** Where the bundle is packed; on this thread when absent. */
  offThread?: HandlerContext['offThread'];
  /** Where Word documents are rendered; in process when absent. */
  renderer?: DocxRenderer;
  /** Where documents already rendered are kept (and new ones stored); every one rendered when absent. */
  paper?: PaperStore;
};

export interface ExportOptions {
  /** Above this many bytes the bundle is cut into numbered parts. */
  maxPartBytes?: number;
  /** Called after each step: documents, data, summary, signing. */
  onProgress?: (done: number, total: number, label: string) => void;
  /** Aborting before the files are written leaves the outbox and the database as they were. */
  signal?: AbortSignal;
  /** Called when the export starts saving; an abort after this no longer stops it. */
  onSaving?: () => void;
}

export interface ExportResult {
  month: string;
  revision: number;
  files: ExportedFile[];
  outboxDir: string;
  sha256: string;
  gaps: BundleGap[];
  reportCount: number;
}

// One export of a month at a time in this process; the unique (period, revision) covers others.
const running = new Set<string>();

/** Lets other work run between documents, so a long export never blocks the process for long. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Renders every planned document, keeping as many in flight as the renderer has threads, and
 * returns them in plan order. Models are built just before each render, so the calling thread
 * works in small slices; on abort no new render starts, and the ones running are awaited.
 */
async function renderAll(
  renderer: { parallelism: number; render(models: DocModel[]): Promise<Buffer> },
  docs: PlannedDocument[],
  modelsOf: (doc: PlannedDocument) => DocModel[],
  step: (label: string) => void,
  signal: AbortSignal | undefined,
): Promise<BundleFileInput[]> {
  const out: BundleFileInput[] = new Array<BundleFileInput>(docs.length);
  let next = 0;
  let failure: unknown = null;
  const lane = async () => {
    while (next < docs.length && failure === null && !signal?.aborted) {
      const i = next++;
      const doc = docs[i]!;
      try {
        out[i] = { path: doc.path, bytes: await renderer.render(modelsOf(doc)) };
        step(doc.title);
      } catch (err) {
        failure ??= err;
      }
      await breathe();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, renderer.parallelism) }, lane));
  if (failure !== null) throw failure;
  signal?.throwIfAborted();
  return out;
}

/** The month's reports as the bundle shows them once it is recorded: 已报送. */
function sentRows(plan: MonthPlan): MonthRow[] {
  return plan.included.map((r) => ({ ...r, status: 'sent' as const }));
}

/** The bundle's documents, each with its reports as the bundle shows them. */
export function bundleDocuments(plan: MonthPlan): PlannedDocument[] {
  const byId = new Map(sentRows(plan).map((r) => [r.id, r]));
  return plan.documents.map((doc) => ({ ...doc, rows: doc.rows.map((r) => byId.get(r.id)!) }));
}

/** Reports written to data/bundle.json between two turns of the event loop. */
const REPORTS_PER_SLICE = 200;

/**
 * data/bundle.json's bytes: exactly JSON.stringify(envelope) and a newline, but the reports, which
 * are nearly all of it, are written a slice at a time so the thread answers in between.
 */
async function envelopeJson(envelope: BundleEnvelope): Promise<Buffer> {
  const section = envelope.sections.reports as { version: number; data: { reports: unknown[] } };
  const reports = section.data.reports;
  const mark = JSON.stringify(`reports-${randomUUID()}`);
  const head = JSON.stringify({
    ...envelope,
    sections: {
      ...envelope.sections,
      reports: { ...section, data: { ...section.data, reports: JSON.parse(mark) as string } },
    },
  });
  const at = head.indexOf(mark);
  const slices: string[] = [];
  for (let i = 0; i < reports.length; i += REPORTS_PER_SLICE) {
    slices.push(
      reports
        .slice(i, i + REPORTS_PER_SLICE)
        .map((r) => JSON.stringify(r))
        .join(','),
    );
    await breathe();
  }
  return Buffer.from(`${head.slice(0, at)}[${slices.join(',')}]${head.slice(at + mark.length)}\n`, 'utf8');
}

async function signingKey(deps: BundleDeps, actor: SessionUser): Promise<string> {
  await ensureOfficeKey(deps, actor.id);
  const file = privateKeyPath(deps.dataDir);
  if (!existsSync(file)) {
    throw new ApiError(
      'INVALID_STATE',
      '找不到办事处签名私钥(数据文件夹中的 keys/office-ed25519.pem),无法签名数据包。请从备份恢复该文件。',
    );
  }
  return readFileSync(file, 'utf8');
}

/**
 * Builds the month's bundle and saves it to the outbox: the Word documents, data/bundle.json and
 * summary.xlsx, signed with the office key and split above maxPartBytes. The export is recorded
 * and the reports in it are marked 已报送 in one transaction; exporting a month again gives the
 * next revision, and the earlier one stays in the outbox, marked as replaced.
 */
export async function exportMonthBundle(
  deps: BundleDeps,
  actor: SessionUser,
  month: string,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const lock = `${deps.dataDir}|${month}`;
  if (running.has(lock)) throw new ApiError('CONFLICT', '该月数据包正在导出,请稍候。');
  running.add(lock);
  try {
    return await runExport(deps, actor, month, options);
  } finally {
    running.delete(lock);
  }
}

async function runExport(
  deps: BundleDeps,
  actor: SessionUser,
  month: string,
  options: ExportOptions,
): Promise<ExportResult> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const now = deps.now();
  const at = now.toISOString();
  const plan = await planMonth(deps.db, month, now);
  const privateKeyPem = await signingKey(deps, actor);
  // The bundle shows the reports as they stand once it is recorded: 已报送.
  const sent = sentRows(plan);
  const total = plan.documents.length + 3;
  let done = 0;
  const step = (label: string) => onProgress?.(++done, total, label);

  const renderer = deps.renderer ?? inProcessRenderer;
  const paper = deps.paper;
  const files: BundleFileInput[] = await renderAll(
    paper ? { parallelism: renderer.parallelism, render: (models) => paper.get(models) } : renderer,
    bundleDocuments(plan),
    (doc) => plannedModels(doc, plan.office, month),
    step,
    signal,
  );

  signal?.throwIfAborted();
  const envelope = await buildBundleEnvelope(deps.db, {
    office: plan.office,
    scope: plan.scope,
    revision: plan.revision,
    exportedAt: at,
    actor,
    headOfficeDueAt: plan.headOfficeDueAt,
    reports: sent,
    files: plannedFiles(plan),
    gaps: plan.gaps,
    newlySent: new Set(plan.included.filter((r) => r.status === 'approved').map((r) => r.id)),
    sections: deps.bundleSections,
  });
  // Compact: the file is for programs (people read summary.xlsx), and it is the bundle's largest.
  const dataJson = await envelopeJson(envelope);
  step('报表数据');

  signal?.throwIfAborted();
  const o = plan.office;
  const pack: PackInput = {
    manifestBase: {
      office: { code: o.region_code, name: o.office_name, region: o.region_name },
      period: month,
      revision: plan.revision,
      createdAt: at,
    },
    documents: files,
    dataJson,
    privateKeyPem,
  };
  // Checking the data, the summary spreadsheet, signing and zipping: in a worker thread when there is one.
  const zip = deps.offThread ? await deps.offThread.run('packBundle', pack) : await packBundle(pack);
  step('报送汇总表');
  signal?.throwIfAborted();
  const parts = splitBundle(zip, options.maxPartBytes ?? DEFAULT_MAX_PART_BYTES);
  const base = `${o.region_code}-${month}-r${plan.revision}`;
  const named = parts.map((bytes, i) => ({ fileName: partFileName(base, i + 1, parts.length), bytes }));
  step('签名打包');

  // The last moment to cancel: from here on the export is written and recorded.
  signal?.throwIfAborted();
  options.onSaving?.();
  return commit(deps, actor, plan, { at, zip, named });
}

async function commit(
  deps: BundleDeps,
  actor: SessionUser,
  plan: MonthPlan,
  out: { at: string; zip: Buffer; named: { fileName: string; bytes: Buffer }[] },
): Promise<ExportResult> {
  const dir = outboxDir(deps.dataDir);
  const staged = stage(dir, out.named);
  const sha256 = sha256Hex(out.zip);
  const reportIds = plan.included.map((r) => r.id);
  const files = staged.map((f) => ({ fileName: f.fileName, bytes: f.bytes }));
  let published = false;
  try {
    await deps.db.transaction().execute(async (trx) => {
      const current = reportIds.length
        ? await trx
            .selectFrom('reports')
            .select(['id', 'status', 'version'])
            .where('id', 'in', reportIds)
            .execute()
        : [];
      const seen = new Map(current.map((r) => [r.id, r]));
      for (const r of plan.included) {
        const stored = seen.get(r.id);
        if (!stored || stored.version !== r.version || stored.status !== r.status) {
          throw new ApiError('CONFLICT', '导出期间有报表被修改,数据包未保存。请重新导出。');
        }
      }
      const exportId = await recordExport(trx, {
        month: plan.scope.month,
        revision: plan.revision,
        files,
        bytes: out.zip.length,
        sha256,
        reportIds,
        gaps: plan.gaps,
        at: out.at,
        actorId: actor.id,
      });
      // Reports approved since the last export go out now; those already sent stay as they are.
      const toSend = plan.included.filter((r) => r.status === 'approved');
      if (toSend.length) {
        await trx
          .updateTable('reports')
          .set({ status: 'sent', updated_at: out.at, updated_by: actor.id })
          .where(
            'id',
            'in',
            toSend.map((r) => r.id),
          )
          .execute();
      }
      for (const [i, r] of toSend.entries()) {
        // Other requests wait for the database meanwhile, but the thread answers them.
        if (i % 100 === 99) await breathe();
        await recordVersion(trx, {
          reportId: r.id,
          action: 'send',
          status: 'sent',
          data: r.data,
          comment: sendComment(plan.scope.month, plan.revision),
          actorId: actor.id,
          at: out.at,
          auditDetail: { month: plan.scope.month, revision: plan.revision },
        });
      }
      await writeAudit(trx, {
        actorId: actor.id,
        action: 'export',
        entity: 'bundle',
        entityId: exportId,
        at: out.at,
        detail: {
          month: plan.scope.month,
          revision: plan.revision,
          files,
          sha256,
          reports: reportIds.length,
        },
      });
      publish(staged);
      published = true;
    });
  } catch (err) {
    discard(staged, published);
    if (err instanceof Error && /UNIQUE constraint failed: bundle_exports/.test(err.message)) {
      throw new ApiError('CONFLICT', '该月刚刚由别处导出了同一版数据包,请刷新后重新导出。');
    }
    throw err;
  }
  return {
    month: plan.scope.month,
    revision: plan.revision,
    files,
    outboxDir: dir,
    sha256,
    gaps: plan.gaps,
    reportCount: reportIds.length,
  };
}
