import type { headOfficeMethods } from '../../../../src-shared/contract/head-office';
import type { InspectedBundle } from '../../../../src-shared/contract';
import { ApiError } from '../../../../src-shared/errors';
import { isBundleError, KeyFileError, parsePublicKeyFile, partGroupKey } from '../../platform/bundle-format';
import { currentUser, type HandlerContext, type ModuleHandlers } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { importBundle, prepareImport, storedCopy } from './import-bundle';

function readUploads(ctx: HandlerContext, uploadIds: string[]) {
  if (new Set(uploadIds).size !== uploadIds.length)
    throw new ApiError('BAD_INPUT', '同一个文件选了两次,请去掉重复的文件。');
  return uploadIds.map((id) => {
    const upload = ctx.uploads.read(id, ctx.caller.sessionToken);
    if (!upload) throw new ApiError('NOT_FOUND', '上传的文件已过期或不存在,请重新选择文件。');
    return { id, ...upload };
  });
}

/** Uploads grouped into bundles: each plain zip alone, the parts of a split bundle together. */
function groupUploads(uploads: ReturnType<typeof readUploads>) {
  const groups = new Map<string, typeof uploads>();
  for (const u of uploads) {
    const key = partGroupKey(u.bytes) ?? `single:${u.id}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  return [...groups.values()].map((g) =>
    g.sort((a, b) => a.fileName.localeCompare(b.fileName, 'en', { numeric: true })),
  );
}

/** A key file's content, or BAD_INPUT with the reason in Chinese. */
function readKeyFile(text: string) {
  try {
    return parsePublicKeyFile(text);
  } catch (err) {
    if (err instanceof KeyFileError) throw new ApiError('BAD_INPUT', err.message, { text: err.message });
    throw err;
  }
}

export const importHandlers = {
  'hq.keys.inspect': async (input, ctx) => {
    currentUser(ctx);
    const key = readKeyFile(input.text);
    const keys = await ctx.db
      .selectFrom('ho_office_keys')
      .select('fingerprint')
      .where('office_code', '=', key.officeCode)
      .execute();
    return {
      office: { code: key.officeCode, name: key.officeName },
      fingerprint: key.fingerprint,
      state: keys.some((k) => k.fingerprint === key.fingerprint)
        ? ('registered' as const)
        : keys.length > 0
          ? ('anotherKey' as const)
          : ('newOffice' as const),
    };
  },

  'hq.keys.register': async (input, ctx) => {
    const me = currentUser(ctx);
    const key = readKeyFile(input.text);
    if (key.fingerprint !== input.confirmFingerprint) {
      throw new ApiError(
        'BAD_INPUT',
        '确认的指纹与公钥文件中的公钥不一致,未登记。请重新选择文件并与办事处核对指纹。',
        {
          confirmFingerprint: '指纹不一致',
        },
      );
    }
    const at = ctx.now().toISOString();
    const office = { code: key.officeCode, name: key.officeName, region: '' };
    return ctx.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('ho_offices')
        .selectAll()
        .where('code', '=', key.officeCode)
        .executeTakeFirst();
      if (!existing) {
        await trx
          .insertInto('ho_offices')
          .values({ ...office, created_at: at, updated_at: at })
          .execute();
      } else {
        office.name = existing.name;
        office.region = existing.region;
      }
      const known = await trx
        .selectFrom('ho_office_keys')
        .select('id')
        .where('office_code', '=', key.officeCode)
        .where('fingerprint', '=', key.fingerprint)
        .executeTakeFirst();
      if (known) return { office, fingerprint: key.fingerprint, added: false };
      await trx
        .insertInto('ho_office_keys')
        .values({
          office_code: key.officeCode,
          public_key_pem: key.publicKeyPem,
          fingerprint: key.fingerprint,
          source: 'file',
          registered_at: at,
          registered_by: me.id,
        })
        .execute();
      await writeAudit(trx, {
        actorId: me.id,
        action: 'registerKey',
        entity: 'office',
        entityId: key.officeCode,
        at,
        detail: { fingerprint: key.fingerprint },
      });
      return { office, fingerprint: key.fingerprint, added: true };
    });
  },

  'hq.import.inspect': async (input, ctx) => {
    currentUser(ctx);
    const groups = groupUploads(readUploads(ctx, input.uploadIds));
    const out: InspectedBundle[] = [];
    for (const group of groups) {
      const head = {
        uploadIds: group.map((u) => u.id),
        fileNames: group.map((u) => u.fileName),
        bytes: group.reduce((n, u) => n + u.bytes.length, 0),
      };
      try {
        const { v } = await prepareImport(
          ctx,
          group.map((u) => u.bytes),
          { kind: 'inspect' },
          group.map((u) => u.fileName),
        );
        const state = !v.officeKnown
          ? 'unknownOffice'
          : (await storedCopy(ctx.db, v)) !== null
            ? 'duplicate'
            : 'ready';
        out.push({
          ...head,
          state,
          office: {
            code: v.manifest.office.code,
            name: v.manifest.office.name,
            region: v.manifest.office.region,
          },
          period: v.manifest.period,
          revision: v.manifest.revision,
          fingerprint: v.signerFingerprint,
          reason: null,
          message: null,
        });
      } catch (err) {
        if (!isBundleError(err)) throw err;
        out.push({
          ...head,
          state: 'rejected',
          office: null,
          period: null,
          revision: null,
          fingerprint: null,
          reason: err.reason,
          message: err.message,
        });
      }
    }
    return out;
  },

  'hq.import.run': async (input, ctx) => {
    const me = currentUser(ctx);
    const uploads = readUploads(ctx, input.uploadIds);
    try {
      const result = await importBundle(
        ctx,
        me,
        uploads.map((u) => u.bytes),
        {
          fileNames: uploads.map((u) => u.fileName),
          ...(input.trustFingerprint ? { trustFingerprint: input.trustFingerprint } : {}),
        },
      );
      for (const u of uploads) ctx.uploads.remove(u.id);
      return result;
    } catch (err) {
      if (isBundleError(err)) throw new ApiError('BAD_INPUT', err.message, { bundle: err.reason });
      throw err;
    }
  },
} satisfies Partial<ModuleHandlers<typeof headOfficeMethods>>;
