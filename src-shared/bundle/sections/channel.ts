import { z } from 'zod';
import { id } from '../../contract/common';
import { CASE_STATUSES, FINE_ROLES, SANCTION_KINDS } from '../../domain/channel';
import { defineSection } from './section';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const fen = z.number().int().min(0);
const code = z.string().max(40);

const v1 = z
  .object({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    /** F11 cases found during the month, or decided during it. */
    cases: z
      .array(
        z
          .object({
            id,
            foundOn: day,
            saleDate: day,
            place: z.string().max(100),
            productCode: code,
            batchNo: code,
            quantity: z.number().int().min(1),
            salePriceFen: fen,
            listPriceFen: fen.nullable(),
            sourceDealerCode: code.nullable(),
            sourceRegionCode: code.nullable(),
            reporterName: z.string().max(50),
            partyName: z.string().max(50).nullable(),
            status: z.enum(CASE_STATUSES),
            verification: z.string().max(1000).nullable(),
            decision: z.string().max(1000).nullable(),
            decidedOn: day.nullable(),
            fineMultiple: z.number().int().min(5).nullable(),
            /** The log's last hash and length as exported, so head office can hold the office to them. */
            logHead: z.string().length(64),
            logCount: z.number().int().min(1),
          })
          .strict(),
      )
      .max(10_000),
    /** Fines decided during the month. */
    fines: z
      .array(
        z
          .object({
            caseId: id,
            userId: id,
            userName: z.string().max(50),
            role: z.enum(FINE_ROLES),
            amountFen: z.number().int().min(1),
          })
          .strict(),
      )
      .max(10_000),
    /** Sanctions starting during the month. */
    sanctions: z
      .array(
        z
          .object({
            caseId: id.nullable(),
            dealerCode: code,
            kind: z.enum(SANCTION_KINDS),
            fromDay: day,
            toDay: day.nullable(),
            reason: z.string().max(500),
          })
          .strict(),
      )
      .max(10_000),
    /** The month's 商品流向单 per dealer, with the reconciliation's verdict. */
    flows: z
      .array(
        z
          .object({
            dealerCode: code,
            submittedOn: day,
            onTime: z.boolean(),
            lines: z.number().int().min(1),
            quantity: z.number().int().min(1),
            ok: z.boolean(),
          })
          .strict(),
      )
      .max(10_000),
    /**
     * 建议停止发货 as the office saw it at export: radiating dealers whose F10 of the month was
     * missing after its due day, or came in late.
     */
    stopAdvice: z
      .array(
        z
          .object({
            dealerCode: code,
            dealerName: z.string().max(100),
            reason: z.enum(['missing', 'late']),
            /** The day a late F10 came in; null when missing. */
            submittedOn: day.nullable(),
            /** The last day the office's due rule allowed. */
            dueOn: day,
          })
          .strict(),
      )
      .max(10_000)
      .default([]),
  })
  .strict();
export type BundleChannel = z.infer<typeof v1>;

/** 渠道管控 of the month: F11 cases, fines, dealer sanctions and F10 flow documents. */
export const channelSection = defineSection('channel', { 1: v1 }, (_version, data) =>
  // Head office also reads sections it stored before stopAdvice existed: the default fills it in.
  v1.parse(data),
);
