import type {
  ChecklistState,
  Opportunity,
  OpportunityDetail,
  PipelineSettings,
} from '../../../../src-shared/contract/pipeline';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { daysInStage, isOverLimit, probabilityOf } from '../../../../src-shared/domain/pipeline';
import { toYuan } from '../../../../src-shared/domain/performance';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import type { SessionUser } from '../../handler-types';
import { toAttachment } from '../attachments';
import type { OpportunityRow } from './tables';

/** An opportunity row with the names it is shown with. */
export type OpportunityWithNames = OpportunityRow & { customer_name: string; owner_name: string };

/** Opportunities with their customer's and owner's names; callers add their filters. */
export function opportunityQuery(db: Db) {
  return db
    .selectFrom('opportunities')
    .innerJoin('customers', 'customers.id', 'opportunities.customer_id')
    .innerJoin('users', 'users.id', 'opportunities.owner_id')
    .selectAll('opportunities')
    .select(['customers.name as customer_name', 'users.display_name as owner_name']);
}

/** The API's opportunity: amounts in 元, the stage's name and probability, days in stage as of `today`. */
export function toOpportunity(
  row: OpportunityWithNames,
  settings: PipelineSettings,
  today: string,
): Opportunity {
  const stage = settings.stages.find((s) => s.key === row.stage);
  const days = row.status === 'open' ? daysInStage(row.stage_since, today) : 0;
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    title: row.title,
    productLine: row.product_line,
    amount: toYuan(row.amount),
    expectedClose: row.expected_close,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    stage: row.stage,
    // A closed opportunity may end in a stage since removed; its key is all there is to show.
    stageName: stage?.name ?? row.stage,
    probability: probabilityOf(settings.stages, row.stage, row.status),
    stageSince: row.stage_since,
    daysInStage: days,
    limitDays: stage?.limitDays ?? null,
    overLimit: row.status === 'open' && isOverLimit(stage, days),
    status: row.status,
    closedReason: row.closed_reason,
    closedAt: row.closed_at,
    updatedAt: row.updated_at,
  };
}

/** Whether the caller may see and work on an opportunity: a rep their own, the manager and clerk all. */
export function maySee(user: SessionUser, ownerId: number): boolean {
  return user.role !== 'rep' || user.id === ownerId;
}

/** The opportunity the caller may work on, or NOT_FOUND (a rep is not told another's exists). */
export async function requireOpportunity(
  db: Db,
  user: SessionUser,
  id: number,
): Promise<OpportunityWithNames> {
  const row = await opportunityQuery(db).where('opportunities.id', '=', id).executeTakeFirst();
  if (!row || !maySee(user, row.owner_id))
    throw new ApiError('NOT_FOUND', '找不到这个商机,可能已被删除或不属于您。');
  return row;
}

/** An opportunity with every stage's checklist as done so far, its history and the visits linked to it. */
export async function loadDetail(
  db: Db,
  row: OpportunityWithNames,
  settings: PipelineSettings,
  now: Date,
): Promise<OpportunityDetail> {
  const [checks, events, visits] = await Promise.all([
    db
      .selectFrom('opportunity_checks')
      .leftJoin('users', 'users.id', 'opportunity_checks.done_by')
      .leftJoin('attachments', 'attachments.id', 'opportunity_checks.attachment_id')
      .leftJoin('users as uploader', 'uploader.id', 'attachments.created_by')
      .select([
        'opportunity_checks.stage',
        'opportunity_checks.item',
        'opportunity_checks.done',
        'opportunity_checks.evidence_number',
        'opportunity_checks.done_at',
        'users.display_name as done_by_name',
        'attachments.id as attachment_id',
        'attachments.file_name',
        'attachments.mime',
        'attachments.bytes',
        'attachments.sha256',
        'attachments.created_at as attached_at',
        'uploader.display_name as uploader_name',
      ])
      .where('opportunity_checks.opportunity_id', '=', row.id)
      .execute(),
    db
      .selectFrom('opportunity_events')
      .innerJoin('users', 'users.id', 'opportunity_events.by')
      .select(['kind', 'from_stage', 'to_stage', 'reason', 'missing', 'at', 'users.display_name'])
      .where('opportunity_id', '=', row.id)
      .orderBy('at')
      .orderBy('opportunity_events.id')
      .execute(),
    db
      .selectFrom('customer_contacts')
      .innerJoin('users', 'users.id', 'customer_contacts.author_id')
      .select([
        'customer_contacts.report_id',
        'customer_contacts.day',
        'customer_contacts.purpose',
        'customer_contacts.result',
        'users.display_name',
      ])
      .where('customer_contacts.opportunity_id', '=', row.id)
      .where('customer_contacts.customer_id', '=', row.customer_id)
      .orderBy('customer_contacts.day', 'desc')
      .orderBy('customer_contacts.report_id', 'desc')
      .orderBy('customer_contacts.row_index')
      .execute(),
  ]);
  const byKey = new Map(checks.map((c) => [`${c.stage}|${c.item}`, c]));
  const checklist: ChecklistState[] = settings.stages.flatMap((stage) =>
    stage.checklist.map((item) => {
      const c = byKey.get(`${stage.key}|${item.key}`);
      const attached =
        c?.attachment_id != null
          ? toAttachment({
              id: c.attachment_id,
              file_name: c.file_name ?? '',
              mime: c.mime ?? '',
              bytes: c.bytes ?? 0,
              sha256: c.sha256 ?? '',
              created_at: c.attached_at ?? '',
              display_name: c.uploader_name ?? '',
            })
          : null;
      return {
        stage: stage.key,
        key: item.key,
        label: item.label,
        evidence: item.evidence,
        evidenceLabel: item.evidenceLabel,
        done: c?.done === 1,
        evidenceNumber: c?.evidence_number ?? null,
        attachment: attached,
        doneAt: c?.done === 1 ? c.done_at : null,
        doneByName: c?.done === 1 ? (c.done_by_name ?? null) : null,
      };
    }),
  );
  return {
    opportunity: toOpportunity(row, settings, officeDay(now)),
    checklist,
    events: events.map((e) => ({
      at: e.at,
      byName: e.display_name,
      kind: e.kind,
      fromStage: e.from_stage,
      toStage: e.to_stage,
      reason: e.reason,
      missing: JSON.parse(e.missing) as string[],
    })),
    visits: visits.map((v) => ({
      reportId: v.report_id,
      day: v.day,
      authorName: v.display_name,
      purpose: v.purpose,
      result: v.result,
    })),
  };
}

/** Records a step of an opportunity's history, in the caller's transaction. */
export async function addEvent(
  trx: Db,
  e: {
    opportunityId: number;
    kind: 'created' | 'moved' | 'override' | 'won' | 'lost' | 'reopened' | 'edited';
    fromStage?: string | null;
    toStage?: string | null;
    reason?: string | null;
    missing?: readonly string[];
    by: number;
    at: string;
  },
): Promise<void> {
  await trx
    .insertInto('opportunity_events')
    .values({
      opportunity_id: e.opportunityId,
      kind: e.kind,
      from_stage: e.fromStage ?? null,
      to_stage: e.toStage ?? null,
      reason: e.reason ?? null,
      missing: JSON.stringify(e.missing ?? []),
      by: e.by,
      at: e.at,
    })
    .execute();
}
