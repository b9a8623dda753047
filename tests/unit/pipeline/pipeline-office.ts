import Database from 'better-sqlite3';
import type { Caller } from '../../../src-main/core';
import type { InputOf } from '../../../src-shared/contract';
import { call, expectOk, startOffice } from '../../helpers/core-harness';

export type PipelineOffice = Awaited<ReturnType<typeof startOffice>>;

/** Thursday 26 November 2026, 10:00 in the office. */
export const NOV_26 = '2026-11-26T02:00:00.000Z';

/**
 * Files a customer straight into the database, as the customer file (another module) would: the
 * pipeline only reads customers, so its tests do not lean on how they are entered.
 */
export function fileCustomer(o: PipelineOffice, name: string, ownerId: number | null): number {
  const sqlite = new Database(o.dbFile);
  try {
    sqlite.pragma('busy_timeout = 5000');
    const at = o.clock.now().toISOString();
    return Number(
      sqlite
        .prepare(
          `insert into customers (name, type, grade, owner_id, created_at, updated_at, created_by, updated_by)
           values (?, '医院', 'A', ?, ?, ?, 1, 1)`,
        )
        .run(name, ownerId, at, at).lastInsertRowid,
    );
  } finally {
    sqlite.close();
  }
}

/** An office with 王芳's hospital and 李军's pharmacy, on 26 November. */
export async function pipelineOffice() {
  const o = await startOffice(NOV_26);
  const hospital = fileCustomer(o, '杭州市第一人民医院', o.wangId);
  const pharmacy = fileCustomer(o, '宁波海曙大药房', o.liId);
  return { o, hospital, pharmacy };
}

/** Registers an opportunity and returns its id. */
export async function open(
  o: PipelineOffice,
  caller: Caller,
  fields: Partial<InputOf<'pipeline.create'>> & { customerId: number },
): Promise<number> {
  const detail = expectOk(
    await call(o.core, caller, 'pipeline.create', {
      title: '心内科耗材年度采购',
      productLine: '介入耗材',
      amount: 480_000,
      expectedClose: '2027-01-31',
      ...fields,
    }),
  );
  return detail.opportunity.id;
}

/** Ticks an SOP item, with its evidence number when given. */
export async function tick(
  o: PipelineOffice,
  caller: Caller,
  id: number,
  stage: string,
  item: string,
  number?: string,
) {
  return expectOk(
    await call(o.core, caller, 'pipeline.check', {
      id,
      stage,
      item,
      done: true,
      ...(number ? { evidenceNumber: number } : {}),
    }),
  );
}

/** Takes an opportunity to 合同 the proper way: every item of 商机, 洽谈 and 报价 done. */
export async function toContract(o: PipelineOffice, caller: Caller, id: number) {
  await tick(o, caller, id, 'lead', 'needs');
  await tick(o, caller, id, 'lead', 'decider');
  await tick(o, caller, id, 'talks', 'proposal');
  await tick(o, caller, id, 'quote', 'quote_sent', 'BJ-2026-118');
  return expectOk(await call(o.core, caller, 'pipeline.move', { id, toStage: 'contract' }));
}
