import { z } from 'zod';
import { BUNDLE_FILE_KINDS, bundleGapSchema, bundleMonthSchema, targetsSection } from '../bundle/bundle-data';
import { FORM_CODES } from '../domain/forms';
import { REPORT_STATUSES } from '../domain/report-status';
import { empty, id, uploadId } from './common';
import { method, onlyIn } from './define';
import { docModel, generatedFile } from './documents';
import { rankingInput, rankingOutput } from './head-office-ranking';
import { regionProfile } from './regions';

export * from './head-office-ranking';

/** An uploaded file waiting to be imported (see the shells' upload route). */
const uploadIds = z
  .array(uploadId, { error: '请选择要导入的文件' })
  .min(1, '请选择要导入的文件')
  .max(500, '一次最多导入 500 个文件');

const fingerprintText = z
  .string({ error: '缺少公钥指纹' })
  .regex(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/, '公钥指纹格式不正确');

const keyFileText = z
  .string({ error: '请选择公钥文件' })
  .min(1, '公钥文件是空的')
  .max(20_000, '这不是公钥文件(文件过大)');

export const officeRef = z.object({ code: z.string(), name: z.string(), region: z.string() });

/** What the import screen learns about a bundle before importing it. */
export const INSPECT_STATES = ['ready', 'unknownOffice', 'duplicate', 'rejected'] as const;

export const inspectedBundle = z.object({
  uploadIds: z.array(z.string()),
  fileNames: z.array(z.string()),
  bytes: z.number().int(),
  state: z.enum(INSPECT_STATES),
  office: officeRef.nullable(),
  period: z.string().nullable(),
  revision: z.number().int().nullable(),
  /** The signing key's fingerprint as the bundle names it (shown before trusting a new office). */
  fingerprint: z.string().nullable(),
  /** For 'rejected': the reason code and a Chinese sentence. */
  reason: z.string().nullable(),
  message: z.string().nullable(),
});
export type InspectedBundle = z.infer<typeof inspectedBundle>;

export const IMPORT_OUTCOMES = ['imported', 'unchanged'] as const;

export const importResult = z.object({
  outcome: z.enum(IMPORT_OUTCOMES),
  bundleId: id,
  office: officeRef,
  period: z.string(),
  revision: z.number().int(),
  reportCount: z.number().int(),
  /** The revision this one replaced, if any. */
  supersededRevision: z.number().int().nullable(),
  /** True when a newer revision was already here: this one is kept as history only. */
  historyOnly: z.boolean(),
  /** A key registered by this import (trust on first import). */
  registeredFingerprint: z.string().nullable(),
});
export type ImportResult = z.infer<typeof importResult>;

export const matrixCount = z.object({
  received: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
});
export type MatrixCount = z.infer<typeof matrixCount>;

export const matrixCell = matrixCount.extend({
  period: z.string(),
  /** The current bundle of this office and month, or null when none has arrived. */
  bundle: z
    .object({
      id,
      revision: z.number().int(),
      importedAt: z.string(),
      exportedAt: z.string(),
      /** Whether the office sent it by the head-office deadline its settings name. */
      onTime: z.boolean().nullable(),
    })
    .nullable(),
  byForm: z.record(z.string(), matrixCount),
});
export type MatrixCell = z.infer<typeof matrixCell>;

const matrixInput = z
  .object({
    from: bundleMonthSchema,
    to: bundleMonthSchema,
    formCode: z.enum(FORM_CODES, { error: '报表类型无效' }).nullable().default(null),
  })
  .strict()
  .refine((v) => v.from <= v.to, { message: '开始月份不能晚于结束月份', path: ['to'] })
  .refine(
    (v) => {
      const [fy, fm] = v.from.split('-').map(Number) as [number, number];
      const [ty, tm] = v.to.split('-').map(Number) as [number, number];
      return (ty - fy) * 12 + (tm - fm) < 36;
    },
    { message: '一次最多查看 36 个月', path: ['to'] },
  );

export const headOfficeReport = z.object({
  id,
  formCode: z.enum(FORM_CODES),
  periodKey: z.string(),
  periodLabel: z.string(),
  authorName: z.string(),
  status: z.enum(REPORT_STATUSES),
  onTime: z.boolean().nullable(),
  dueAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
});

const count = z.number().int();

/**
 * What head office shows of an office's customer file (客户档案) on the month's last day: how many
 * customers by status and grade, each owner's regular-contact figures (定期联系), and whether the
 * office sent its contacts' phone numbers (personal data, a setting of the office).
 */
export const hqCustomersSummary = z.object({
  asOf: z.string(),
  phonesIncluded: z.boolean(),
  count,
  byStatus: z.array(z.object({ status: z.string(), count })),
  byGrade: z.array(z.object({ grade: z.string(), count })),
  contactStats: z.array(
    z.object({
      ownerId: id,
      name: z.string(),
      customers: count,
      overdue: count,
      dueSoon: count,
      contactsInMonth: count,
    }),
  ),
});
export type HqCustomersSummary = z.infer<typeof hqCustomersSummary>;

const money = z.object({ count, amount: z.number(), weighted: z.number() });

/**
 * An office's sales pipeline (销售流程) on the month's last day: open opportunities per stage with
 * 预计金额 and 加权金额, those won and lost in the month, and every gate the manager overrode.
 */
export const hqPipelineSummary = z.object({
  asOf: z.string(),
  stages: z.array(money.extend({ key: z.string(), name: z.string(), probability: count, overLimit: count })),
  open: money,
  won: money.omit({ weighted: true }),
  lost: money.omit({ weighted: true }),
  overrides: z.array(
    z.object({
      at: z.string(),
      customerName: z.string(),
      title: z.string(),
      ownerName: z.string(),
      fromStage: z.string(),
      toStage: z.string(),
      reason: z.string(),
    }),
  ),
});
export type HqPipelineSummary = z.infer<typeof hqPipelineSummary>;

export const headOfficeMethods = onlyIn('headOffice', {
  /** Registered offices, their keys and what has arrived from each. */
  'hq.offices.list': method({
    input: empty,
    output: z.array(
      officeRef.extend({
        keys: z.array(
          z.object({
            fingerprint: z.string(),
            source: z.enum(['file', 'firstImport']),
            registeredAt: z.string(),
          }),
        ),
        bundleCount: z.number().int(),
        /** The region's profile (区域划分) as its latest bundle described it; null before any bundle. */
        profile: regionProfile.nullable(),
        lastImport: z
          .object({ period: z.string(), revision: z.number().int(), importedAt: z.string() })
          .nullable(),
      }),
    ),
    access: ['manager'],
  }),
  /** What a key file holds, before anyone trusts it: the office and the key's fingerprint. */
  'hq.keys.inspect': method({
    input: z.object({ text: keyFileText }).strict(),
    output: z.object({
      office: z.object({ code: z.string(), name: z.string() }),
      fingerprint: z.string(),
      /** 'registered': this key already; 'newOffice': no key yet; 'anotherKey': the office has others. */
      state: z.enum(['registered', 'newOffice', 'anotherKey']),
    }),
    access: ['manager'],
  }),
  /**
   * Registers an office's public key from the key file it exported. A key file comes by mail like
   * a bundle, so the fingerprint must have been read out by the office and confirmed here.
   */
  'hq.keys.register': method({
    input: z.object({ text: keyFileText, confirmFingerprint: fingerprintText }).strict(),
    output: z.object({ office: officeRef, fingerprint: z.string(), added: z.boolean() }),
    access: ['manager'],
  }),
  /** Groups uploaded files into bundles (joining split parts) and checks each without storing. */
  'hq.import.inspect': method({
    input: z.object({ uploadIds }).strict(),
    output: z.array(inspectedBundle),
    access: ['manager'],
  }),
  /**
   * Verifies and stores one bundle (one file or its parts) in one transaction. trustFingerprint
   * registers the key of an office seen for the first time; it must equal the bundle's signer.
   */
  'hq.import.run': method({
    input: z.object({ uploadIds, trustFingerprint: fingerprintText.optional() }).strict(),
    output: importResult,
    access: ['manager'],
  }),
  /** Regions × months (× forms): received, on time, late, missing. */
  'hq.matrix': method({
    input: matrixInput,
    output: z.object({
      months: z.array(z.string()),
      regions: z.array(officeRef.extend({ cells: z.array(matrixCell) })),
      totals: z.array(matrixCell.omit({ bundle: true })),
    }),
    access: ['manager'],
  }),
  'hq.matrix.export': method({ input: matrixInput, output: generatedFile, access: ['manager'] }),
  /** Every imported bundle of an office and month, newest revision first (older ones are history). */
  'hq.bundles.list': method({
    input: z.object({ officeCode: z.string().max(20), period: bundleMonthSchema }).strict(),
    output: z.array(
      z.object({
        id,
        revision: z.number().int(),
        exportedAt: z.string(),
        exportedBy: z.string(),
        importedAt: z.string(),
        current: z.boolean(),
        reportCount: z.number().int(),
      }),
    ),
    access: ['manager'],
  }),
  /** One bundle as imported: its reports, files and gaps, and what its modules' sections say. */
  'hq.bundles.get': method({
    input: z.object({ bundleId: id }).strict(),
    output: z.object({
      id,
      office: officeRef,
      period: z.string(),
      revision: z.number().int(),
      current: z.boolean(),
      exportedAt: z.string(),
      exportedBy: z.string(),
      importedAt: z.string(),
      headOfficeDueAt: z.string().nullable(),
      /** Whether the office sent it by the head-office deadline (null when none is named). */
      onTime: z.boolean().nullable(),
      reports: z.array(headOfficeReport),
      files: z.array(
        z.object({
          id,
          path: z.string(),
          kind: z.enum(BUNDLE_FILE_KINDS),
          title: z.string(),
          formCode: z.enum(FORM_CODES).nullable(),
          bytes: z.number().int(),
        }),
      ),
      gaps: z.array(bundleGapSchema),
      /** The office's targets of the bundle's year with their adjustments; null in bundles without them. */
      targets: targetsSection.versions[1].nullable(),
      /** Null in bundles without the customer file (before customers section 2). */
      customers: hqCustomersSummary.nullable(),
      /** Null in bundles without a pipeline section. */
      pipeline: hqPipelineSummary.nullable(),
    }),
    access: ['manager'],
  }),
  /**
   * 全国排名 of a month, quarter or year from the current bundles' KPIs: regions by 销售额达成率 and
   * reps across all regions by total score, recomputed with the offices' formulas; months that do
   * not count are named.
   */
  'hq.ranking': method({ input: rankingInput, output: rankingOutput, access: ['manager'] }),
  /** A file of an imported bundle, exactly as the office wrote it (its Word documents print as there). */
  'hq.files.get': method({
    input: z.object({ fileId: id }).strict(),
    output: generatedFile,
    access: ['manager'],
  }),
  /** The print preview of an imported report, built from its data like the office's. */
  'hq.reports.preview': method({
    input: z.object({ reportId: id }).strict(),
    output: docModel,
    access: ['manager'],
  }),
});
