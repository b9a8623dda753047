import type {
  InspectedReferenceBundle,
  ReferenceImportResult,
  referenceBundleMethods,
} from '../../../../src-shared/contract/reference-bundles';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type HandlerContext, type ModuleHandlers } from '../../handler-types';
import { ensureHeadOfficeKey, ownOfficeFingerprint } from './head-office-key';
import { importReferenceBundle } from './import-reference';
import { publishReferenceBundle } from './publish';
import { asApiError, refusalOf } from './reference-error';
import { REFERENCE_TABLES } from './reference-format';
import { checkSequence, officeRefState, verifyReference } from './verify-reference';

function readUpload(ctx: HandlerContext, uploadId: string): Buffer {
  const upload = ctx.uploads.read(uploadId, ctx.caller.sessionToken);
  if (!upload) throw new ApiError('NOT_FOUND', '上传的文件已过期或不存在,请重新选择文件。');
  return upload.bytes;
}

export const referenceBundleHandlers = {
  'refBundles.key': async (_input, ctx) => {
    const key = await ensureHeadOfficeKey(ctx, currentUser(ctx).id);
    return { fingerprint: key.fingerprint, createdAt: key.createdAt };
  },

  'refBundles.publishState': async (_input, ctx) => {
    currentUser(ctx);
    const row = await ctx.db
      .selectFrom('ref_state')
      .select(['seq', 'published_seq'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    return { seq: row.seq, publishedSeq: row.published_seq };
  },

  'refBundles.publish': async (input, ctx) => {
    const me = currentUser(ctx);
    const made = await publishReferenceBundle(ctx, me, {
      mode: input.mode,
      ...(input.fromSeq !== undefined ? { fromSeq: input.fromSeq } : {}),
    });
    const file = ctx.files.add(made.zip, made.fileName, 'application/zip', ctx.caller.sessionToken);
    return {
      fileId: file.id,
      fileName: made.fileName,
      mode: made.mode,
      fromSeq: made.fromSeq,
      toSeq: made.toSeq,
      counts: made.counts,
      bytes: made.zip.length,
    };
  },

  'refBundles.state': async (_input, ctx) => {
    currentUser(ctx);
    const state = await officeRefState(ctx.db);
    const count = async (table: (typeof REFERENCE_TABLES)[keyof typeof REFERENCE_TABLES]['table']) =>
      Number(
        (
          await ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      seq: state.seq,
      headOfficeFingerprint: state.headOfficeFingerprint,
      importedAt: state.seq > 0 ? state.updatedAt : null,
      counts: {
        products: await count(REFERENCE_TABLES.products.table),
        prices: await count(REFERENCE_TABLES.prices.table),
        dealers: await count(REFERENCE_TABLES.dealers.table),
        shipments: await count(REFERENCE_TABLES.shipments.table),
      },
    };
  },

  'refBundles.inspect': async (input, ctx) => {
    currentUser(ctx);
    const zip = readUpload(ctx, input.uploadId);
    const state = await officeRefState(ctx.db);
    const empty: InspectedReferenceBundle = {
      state: 'rejected',
      fingerprint: null,
      mode: null,
      fromSeq: null,
      toSeq: null,
      currentSeq: state.seq,
      counts: null,
      createdAt: null,
      reason: null,
      message: null,
    };
    let v;
    try {
      v = await verifyReference(ctx.db, zip, { kind: 'inspect' }, ownOfficeFingerprint(ctx.dataDir), {
        checkRows: true,
      });
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      return { ...empty, ...refusal };
    }
    const { header } = v;
    // What the bundle is, shown even when it does not continue this office's copy.
    const described = {
      ...empty,
      fingerprint: v.signerFingerprint,
      mode: header.mode,
      fromSeq: header.fromSeq,
      toSeq: header.toSeq,
      counts: {
        products: header.tables.products.rows,
        prices: header.tables.prices.rows,
        dealers: header.tables.dealers.rows,
        shipments: header.tables.shipments.rows,
      },
      createdAt: header.createdAt,
    };
    try {
      checkSequence(header, state.seq);
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      return { ...described, ...refusal };
    }
    return { ...described, state: v.newKey ? ('unknownKey' as const) : ('ready' as const) };
  },

  'refBundles.import': async (input, ctx) => {
    const me = currentUser(ctx);
    const zip = readUpload(ctx, input.uploadId);
    try {
      const result = await importReferenceBundle(ctx, me, zip, {
        ...(input.trustFingerprint ? { trustFingerprint: input.trustFingerprint } : {}),
      });
      ctx.uploads.remove(input.uploadId);
      return result;
    } catch (error) {
      throw asApiError(error);
    }
  },

  'refBundles.startImport': async (input, ctx) => {
    const me = currentUser(ctx);
    const zip = readUpload(ctx, input.uploadId);
    const jobId = ctx.jobs.start<ReferenceImportResult>(me.id, async ({ progress, signal, final }) => {
      try {
        const result = await importReferenceBundle(ctx, me, zip, {
          ...(input.trustFingerprint ? { trustFingerprint: input.trustFingerprint } : {}),
          onProgress: progress,
          signal,
          onSaving: final,
        });
        ctx.uploads.remove(input.uploadId);
        return result;
      } catch (error) {
        // The job reports ApiErrors as they are; anything else it calls an export failure.
        if (signal.aborted && error === signal.reason) throw error;
        const refusal = asApiError(error);
        if (refusal instanceof ApiError) throw refusal;
        console.error('[regiondesk] reference import failed:', error);
        throw new ApiError('INTERNAL', '参考数据导入未完成，程序内部出错。数据未被改动，请重试。');
      }
    });
    return { jobId };
  },

  'refBundles.job': async (input, ctx) =>
    ctx.jobs.view<ReferenceImportResult>(input.jobId, currentUser(ctx).id),

  'refBundles.cancel': async (input, ctx) => ({
    cancelled: ctx.jobs.cancel(input.jobId, currentUser(ctx).id),
  }),
} satisfies ModuleHandlers<typeof referenceBundleMethods>;
