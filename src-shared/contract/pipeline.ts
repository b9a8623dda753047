import { z } from 'zod';
import { empty, id, isoDate, text, uploadId } from './common';
import { docModel, generatedFile } from './documents';
import { method, onlyIn } from './define';

/** What an SOP item asks for as proof: nothing, a document number, or an attached file. */
export const EVIDENCE_KINDS = ['none', 'number', 'file'] as const;
export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost'] as const;
export const OPPORTUNITY_STATUS_LABELS = { open: '进行中', won: '赢单', lost: '丢单' } as const;

const key = z
  .string({ error: '编码须为文字' })
  .trim()
  .min(1, '请填写编码')
  .max(30, '编码不能超过30个字符')
  .regex(/^[a-z][a-z0-9_]*$/, '编码只能用小写字母、数字和下划线,以字母开头');

/** One item of a stage's SOP checklist (标准作业清单). */
export const checklistItemDef = z
  .object({
    key,
    label: text('检查项', 50, 1),
    evidence: z.enum(EVIDENCE_KINDS, { error: '凭证类型须为 无、单号 或 附件' }),
    /** What the number or file is called, e.g. 报价单号, 合同编号, 发货单号, 签收单. */
    evidenceLabel: text('凭证名称', 20).default(''),
  })
  .strict();
export type ChecklistItemDef = z.infer<typeof checklistItemDef>;

/** One stage of the sales process: its probability, how long an opportunity may stay, its SOP. */
export const stageDef = z
  .object({
    key,
    name: text('阶段名称', 20, 1),
    probability: z
      .number({ error: '赢单概率须为数字' })
      .int('赢单概率须为整数')
      .min(0, '赢单概率不能小于0')
      .max(100, '赢单概率不能大于100'),
    /** Days an opportunity may stay in the stage before it is flagged; null for no limit. */
    limitDays: z
      .number({ error: '停留天数须为数字' })
      .int('停留天数须为整数')
      .min(1, '停留天数至少1天')
      .max(999, '停留天数不能超过999天')
      .nullable(),
    checklist: z.array(checklistItemDef).max(20, '每个阶段最多20个检查项'),
  })
  .strict();
export type StageDef = z.infer<typeof stageDef>;

export const pipelineSettings = z
  .object({
    stages: z
      .array(stageDef)
      .min(2, '销售流程至少两个阶段')
      .max(12, '销售流程最多12个阶段')
      .refine((s) => new Set(s.map((x) => x.key)).size === s.length, '阶段编码不能重复')
      .refine((s) => new Set(s.map((x) => x.name)).size === s.length, '阶段名称不能重复'),
    /** The largest evidence file, in MB. */
    attachmentMaxMb: z
      .number({ error: '附件大小上限须为数字' })
      .int('附件大小上限须为整数')
      .min(1, '附件大小上限至少 1 MB')
      .max(100, '附件大小上限不能超过 100 MB'),
  })
  .strict();
export type PipelineSettings = z.infer<typeof pipelineSettings>;

/** An evidence file kept in the data folder, named by its SHA-256. */
export const attachment = z.object({
  id,
  fileName: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  at: z.string(),
  byName: z.string(),
});
export type Attachment = z.infer<typeof attachment>;

export const opportunity = z.object({
  id,
  customerId: id,
  customerName: z.string(),
  /** What is being sold (品名/产品线). */
  title: z.string(),
  productLine: z.string(),
  /** 预计金额, 元. */
  amount: z.number(),
  expectedClose: z.string(),
  ownerId: id,
  ownerName: z.string(),
  stage: z.string(),
  stageName: z.string(),
  /** From the stage (a setting); 100 when won, 0 when lost. */
  probability: z.number().int(),
  /** The office day the opportunity entered its stage. */
  stageSince: z.string(),
  daysInStage: z.number().int(),
  limitDays: z.number().int().nullable(),
  overLimit: z.boolean(),
  status: z.enum(OPPORTUNITY_STATUSES),
  closedReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type Opportunity = z.infer<typeof opportunity>;

/** An SOP item as done (or not) for one opportunity. */
export const checklistState = z.object({
  stage: z.string(),
  key: z.string(),
  label: z.string(),
  evidence: z.enum(EVIDENCE_KINDS),
  evidenceLabel: z.string(),
  done: z.boolean(),
  evidenceNumber: z.string().nullable(),
  attachment: attachment.nullable(),
  doneAt: z.string().nullable(),
  doneByName: z.string().nullable(),
});
export type ChecklistState = z.infer<typeof checklistState>;

/** One entry of an opportunity's history: created, moved (with an override's reason), won, lost. */
export const opportunityEvent = z.object({
  at: z.string(),
  byName: z.string(),
  kind: z.enum(['created', 'moved', 'override', 'won', 'lost', 'reopened', 'edited']),
  fromStage: z.string().nullable(),
  toStage: z.string().nullable(),
  /** An override's or a close's reason; what was missing when a gate was overridden. */
  reason: z.string().nullable(),
  missing: z.array(z.string()),
});

export const opportunityDetail = z.object({
  opportunity,
  checklist: z.array(checklistState),
  events: z.array(opportunityEvent),
  /** 走访表 rows (订单跟进/售后服务) linked to it, newest first. */
  visits: z.array(
    z.object({
      reportId: id,
      day: z.string(),
      authorName: z.string(),
      purpose: z.string(),
      result: z.string(),
    }),
  ),
});
export type OpportunityDetail = z.infer<typeof opportunityDetail>;

const amount = z
  .number({ error: '预计金额须为数字' })
  .min(0, '预计金额不能为负数')
  .max(10_000_000_000, '预计金额过大,请核对')
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: '预计金额最多保留两位小数' });

export const opportunityFields = z.object({
  customerId: id,
  title: text('商机内容', 100, 1),
  productLine: text('产品线', 50).default(''),
  amount,
  expectedClose: isoDate,
  /** Defaults to the customer's owner, else the caller. */
  ownerId: id.optional(),
});

const reason = (label: string) => text(label, 200, 2);

/** Opportunities (商机) from first contact to after-sales, with the SOP gate of each stage. */
export const pipelineMethods = onlyIn('office', {
  'pipeline.settings': method({ input: empty, output: pipelineSettings, access: 'signedIn' }),
  /** Stages and their SOP; an opportunity in a stage that is removed is refused (move it first). */
  'pipeline.updateSettings': method({
    input: pipelineSettings,
    output: pipelineSettings,
    access: ['manager'],
  }),
  /** Opportunities by filter; a rep sees their own, the manager and clerk everyone's. */
  'pipeline.list': method({
    input: z
      .object({
        status: z.enum([...OPPORTUNITY_STATUSES, 'all']).default('open'),
        stage: z.string().max(30).optional(),
        ownerId: id.optional(),
        customerId: id.optional(),
        /** Only those over their stage's limit. */
        overLimit: z.boolean().optional(),
        /** YYYY-MM of the expected close. */
        expectedMonth: z
          .string()
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11')
          .optional(),
        query: z.string().max(100).default(''),
      })
      .strict(),
    output: z.array(opportunity),
    access: 'signedIn',
  }),
  'pipeline.get': method({ input: z.object({ id }).strict(), output: opportunityDetail, access: 'signedIn' }),
  'pipeline.create': method({
    input: opportunityFields.strict(),
    output: opportunityDetail,
    access: 'signedIn',
  }),
  'pipeline.update': method({
    input: opportunityFields.omit({ customerId: true }).extend({ id }).strict(),
    output: opportunityDetail,
    access: 'signedIn',
  }),
  /** Ticks or unticks an SOP item; an item asking for a number or file needs it to be ticked. */
  'pipeline.check': method({
    input: z
      .object({
        id,
        stage: z.string().max(30),
        item: z.string().max(30),
        done: z.boolean(),
        evidenceNumber: text('单号', 50).optional(),
        attachmentId: id.optional(),
      })
      .strict(),
    output: opportunityDetail,
    access: 'signedIn',
  }),
  /**
   * Moves to another stage. Forward, every SOP item of the stages left behind must be done, or the
   * move is refused naming what is missing; the manager may override with a reason, which is kept.
   */
  'pipeline.move': method({
    input: z
      .object({ id, toStage: z.string().max(30), overrideReason: reason('越过检查的原因').optional() })
      .strict(),
    output: opportunityDetail,
    access: 'signedIn',
  }),
  /** 赢单 or 丢单, with the reason; a closed opportunity leaves the board. */
  'pipeline.close': method({
    input: z.object({ id, outcome: z.enum(['won', 'lost']), reason: reason('原因') }).strict(),
    output: opportunityDetail,
    access: 'signedIn',
  }),
  'pipeline.reopen': method({
    input: z.object({ id, reason: reason('重新打开的原因') }).strict(),
    output: opportunityDetail,
    access: ['manager'],
  }),
  /**
   * Keeps an uploaded evidence file (PDF, JPEG, PNG, Office files, checked by content, at most the
   * size setting) in the data folder under its SHA-256, for an opportunity's SOP item.
   */
  'pipeline.attach': method({
    input: z.object({ id, uploadId }).strict(),
    output: attachment,
    access: 'signedIn',
  }),
  /** An evidence file for download. */
  'pipeline.attachment': method({
    input: z.object({ attachmentId: id }).strict(),
    output: generatedFile,
    access: 'signedIn',
  }),
  /** The region's pipeline report (销售漏斗报告): by stage, owner and expected month. */
  'pipeline.report': method({ input: empty, output: docModel, access: 'signedIn' }),
  'pipeline.reportDocx': method({ input: empty, output: generatedFile, access: 'signedIn' }),
});
