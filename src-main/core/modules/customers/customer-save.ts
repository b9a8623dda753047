import type { ContactSettings, CustomerStatus } from '../../../../src-shared/contract/customers';
import { normalizeCustomerName } from '../../../../src-shared/domain/customers';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { writeAudit } from '../../platform/audit';
import { gradeAllowed, unknownGrade } from './contact-settings';
import { findDuplicates, nextCode, type PersonInput, userExists, writePeople } from './customer-repo';
import { changeOwner } from './owner-repo';

/** A customer's fields as a save stores them (the contract's input after its defaults). */
export interface CustomerInput {
  code: string;
  name: string;
  type: string;
  grade: string;
  industry: string;
  address: string;
  city: string;
  source: string;
  status: CustomerStatus;
  notes: string;
  people: readonly PersonInput[];
  ownerId: number | null;
}

export interface SaveContext {
  actorId: number;
  at: string;
  now: Date;
  settings: ContactSettings;
  /** Why the owner changed, for the ownership history. */
  ownerReason: string;
  /** Store even when the name or a phone matches another customer (the user said it is not the same). */
  allowDuplicate: boolean;
  /** The editor's starting point; a change by someone else since is refused. */
  expectedUpdatedAt?: string | undefined;
  auditAction?: string;
}

/** The checks every save makes, whatever its source: grade, owner, name, code and duplicates. */
async function check(trx: Db, c: CustomerInput, sc: SaveContext, id?: number) {
  if (!gradeAllowed(sc.settings, c.grade)) throw unknownGrade(sc.settings, c.grade);
  if (c.ownerId !== null && !(await userExists(trx, c.ownerId)))
    throw new ApiError('BAD_INPUT', '负责人不存在。', { ownerId: '负责人不存在' });
  // The file's names are unique as written (case aside): a merge or an old report finds its customer by it.
  let same = trx
    .selectFrom('customers as c')
    .leftJoin('customers as k', 'k.id', 'c.merged_into')
    .select(['c.id', 'c.code', 'c.name', 'k.name as kept_name', 'k.code as kept_code'])
    .where((eb) => eb(eb.fn('lower', ['c.name']), '=', c.name.toLowerCase()));
  if (id !== undefined) same = same.where('c.id', '!=', id);
  const taken = await same.executeTakeFirst();
  if (taken) {
    const message = taken.kept_name
      ? `客户“${taken.name}”已合并到“${taken.kept_name}”(编号 ${taken.kept_code}),请直接选用该客户。`
      : `客户“${taken.name}”(编号 ${taken.code})已在客户档案中,请直接选用;如确为另一家,请在名称中注明分店或地址。`;
    throw new ApiError('CONFLICT', message, { name: '客户名称已存在' });
  }
  if (c.code !== '') {
    let code = trx.selectFrom('customers').select(['name']).where('code', '=', c.code);
    if (id !== undefined) code = code.where('id', '!=', id);
    const holder = await code.executeTakeFirst();
    if (holder)
      throw new ApiError(
        'CONFLICT',
        `客户编号 ${c.code} 已被客户“${holder.name}”使用,请换一个编号,或留空由系统自动编号。`,
        { code: '客户编号已被使用' },
      );
  }
  if (sc.allowDuplicate) return;
  const dup = (
    await findDuplicates(trx, { name: c.name, phones: c.people.map((p) => p.phones), excludeId: id })
  )[0];
  if (!dup) return;
  const what = dup.reasons.includes('name') ? '名称相同' : `电话 ${dup.phone} 相同`;
  throw new ApiError(
    'CONFLICT',
    `与已有客户“${dup.name}”(编号 ${dup.code})${what},如确为不同客户请选择“仍然保存”。`,
    dup.reasons.includes('name') ? { name: `与${dup.code}重复` } : { people: `电话与${dup.code}重复` },
  );
}

const columns = (c: CustomerInput) => ({
  name: c.name,
  name_key: normalizeCustomerName(c.name),
  type: c.type,
  grade: c.grade,
  industry: c.industry,
  address: c.address,
  city: c.city,
  source: c.source,
  status: c.status,
  notes: c.notes,
  owner_id: c.ownerId,
});

/** Files a new customer with its people and first owner, in the caller's transaction; its id. */
export async function insertCustomer(trx: Db, c: CustomerInput, sc: SaveContext): Promise<number> {
  await check(trx, c, sc);
  const code = c.code || (await nextCode(trx));
  const row = await trx
    .insertInto('customers')
    .values({
      ...columns(c),
      code,
      created_at: sc.at,
      updated_at: sc.at,
      created_by: sc.actorId,
      updated_by: sc.actorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writePeople(trx, row.id, c.people);
  if (c.ownerId !== null) {
    await changeOwner(trx, {
      customerId: row.id,
      ownerId: c.ownerId,
      fromDay: officeDay(sc.now),
      reason: sc.ownerReason,
      actorId: sc.actorId,
      at: sc.at,
    });
  }
  await writeAudit(trx, {
    actorId: sc.actorId,
    action: sc.auditAction ?? 'create',
    entity: 'customer',
    entityId: row.id,
    at: sc.at,
    detail: { ...c, code },
  });
  return row.id;
}

/** Replaces a customer's fields and people, recording an owner change, in the caller's transaction. */
export async function updateCustomer(trx: Db, id: number, c: CustomerInput, sc: SaveContext): Promise<void> {
  const before = await trx
    .selectFrom('customers')
    .select(['owner_id', 'code', 'updated_at', 'merged_into'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!before) throw new ApiError('NOT_FOUND', '找不到此客户,可能已被删除。');
  if (before.merged_into !== null)
    throw new ApiError('INVALID_STATE', '该客户已合并到其他客户,请打开合并后的客户再修改。');
  if (sc.expectedUpdatedAt !== undefined && sc.expectedUpdatedAt !== before.updated_at)
    throw new ApiError('CONFLICT', '该客户已被他人修改,请重新打开后再改。');
  await check(trx, c, sc, id);
  // An emptied code keeps the one the customer has; one never numbered gets the next.
  const code = c.code || before.code || (await nextCode(trx));
  await trx
    .updateTable('customers')
    .set({ ...columns(c), code, updated_at: sc.at, updated_by: sc.actorId })
    .where('id', '=', id)
    .execute();
  await writePeople(trx, id, c.people);
  if (before.owner_id !== c.ownerId) {
    await changeOwner(trx, {
      customerId: id,
      ownerId: c.ownerId,
      fromDay: officeDay(sc.now),
      reason: sc.ownerReason,
      actorId: sc.actorId,
      at: sc.at,
    });
  }
  await writeAudit(trx, {
    actorId: sc.actorId,
    action: sc.auditAction ?? 'update',
    entity: 'customer',
    entityId: id,
    at: sc.at,
    detail: { ...c, code },
  });
}
