import type { CustomerImportPreview } from '../../../../src-shared/contract/customers';
import { normalizeCustomerName, phoneKeys } from '../../../../src-shared/domain/customers';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import type { HandlerContext } from '../../handler-types';
import { loadContactSettings } from './contact-settings';
import {
  type ImportMapping,
  readBirthday,
  readCustomerSheet,
  readStatus,
  type SheetProblem,
} from './customer-sheet';
import type { CustomerInput } from './customer-save';

const PREVIEW_ROWS = 50;
const MAX_PROBLEMS = 500;

/** A checked row: what it stores, and the customer on file it updates (by code). */
export interface ImportRow {
  row: number;
  updateId: number | null;
  ownerName: string;
  fields: CustomerInput;
  /** Which fields the sheet gives; an update keeps the others (and empty cells) as on file. */
  given: Set<string>;
}

/** What the file holds that a sheet's rows are checked against, read once. */
async function fileIndex(db: Db) {
  const customers = await db
    .selectFrom('customers')
    .select(['id', 'code', 'name', 'name_key', 'merged_into'])
    .execute();
  const phones = await db.selectFrom('customer_phones').select(['customer_id', 'phone_key']).execute();
  const users = await db.selectFrom('users').select(['id', 'display_name', 'username']).execute();
  const byId = new Map(customers.map((c) => [c.id, c]));
  const byPhone = new Map<string, (typeof customers)[number][]>();
  for (const p of phones) {
    const c = byId.get(p.customer_id);
    if (c && c.merged_into === null) byPhone.set(p.phone_key, [...(byPhone.get(p.phone_key) ?? []), c]);
  }
  return {
    byName: new Map(customers.map((c) => [c.name.toLowerCase(), c])),
    byCode: new Map(customers.filter((c) => c.code !== '').map((c) => [c.code.toUpperCase(), c])),
    byKey: new Map(customers.filter((c) => c.merged_into === null).map((c) => [c.name_key, c])),
    byPhone,
    people: new Map(users.flatMap((u) => [[u.display_name, u] as const, [u.username, u] as const])),
  };
}

/** The uploaded sheet, read and checked row by row against the file, with what importing it would do. */
export async function readCustomerUpload(
  ctx: HandlerContext,
  input: { uploadId: string; mapping?: ImportMapping | undefined },
): Promise<{ preview: CustomerImportPreview; rows: ImportRow[] }> {
  const upload = ctx.uploads.read(input.uploadId, ctx.caller.sessionToken);
  if (!upload) throw new ApiError('NOT_FOUND', '上传的文件已过期或不存在,请重新选择文件。');
  const read = await readCustomerSheet(upload.bytes, input.mapping);
  const settings = await loadContactSettings(ctx.db);
  const file = await fileIndex(ctx.db);
  const grades = settings.grades.map((g) => g.grade);
  const problems: SheetProblem[] = [...read.problems];
  const rows: ImportRow[] = [];
  const seenName = new Map<string, { row: number; isNew: boolean }>();
  const seenPhone = new Map<string, { row: number; isNew: boolean }>();
  const seenCode = new Map<string, number>();
  for (const r of read.rows) {
    const v = r.values;
    const at = `第 ${r.row} 行:`;
    const before = problems.length;
    const say = (message: string) => problems.push({ row: r.row, message: at + message });
    const name = v.name ?? '';
    if (!name) say('没有填写客户名称。');
    const grade = (v.grade ?? '').toUpperCase();
    if (grade && !grades.includes(grade)) say(`客户等级“${v.grade}”不在设置的等级(${grades.join('、')})中。`);
    const status = readStatus(v.status ?? '');
    if (status === null) say(`客户状态“${v.status}”应为 潜在、合作、流失 之一。`);
    const owner = v.owner ? file.people.get(v.owner) : undefined;
    if (v.owner && !owner) say(`找不到负责人“${v.owner}”,请核对姓名或先在“人员”中添加。`);
    const birthday = r.birthdayDate ?? (v.birthday ? readBirthday(v.birthday) : '');
    if (birthday === null) say(`生日“${v.birthday}”无法识别,请写成 1980-05-20。`);
    const code = (v.code ?? '').toUpperCase();
    if (code && !/^[A-Z0-9_-]+$/.test(code)) say(`客户编号“${v.code}”只能用字母、数字、下划线和短横线。`);
    const onFile = code ? file.byCode.get(code) : undefined;
    if (onFile?.merged_into) say(`客户编号 ${code} 的客户已合并到其他客户,请改用合并后的客户编号。`);
    if (code) {
      const first = seenCode.get(code);
      if (first !== undefined) say(`客户编号 ${code} 与第 ${first} 行重复。`);
      else seenCode.set(code, r.row);
    }
    const key = normalizeCustomerName(name);
    const keys = phoneKeys([v.phone ?? '']);
    const isNew = !onFile;
    // An update that keeps its name (however written) was accepted on file before.
    const renamed = !onFile || normalizeCustomerName(onFile.name) !== key;
    if (name) {
      const first = seenName.get(key);
      if (first && (isNew || first.isNew))
        say(`与第 ${first.row} 行客户名称重复(“${name}”),同一客户只能占一行。`);
      else if (!first) seenName.set(key, { row: r.row, isNew });
      const other = file.byKey.get(key);
      const exact = file.byName.get(name.toLowerCase());
      if (renamed && other && other.id !== onFile?.id)
        say(
          `与已有客户“${other.name}”(编号 ${other.code})名称相同;如要更新该客户,请在客户编号列填写 ${other.code}。`,
        );
      else if (exact && exact.id !== onFile?.id)
        say(`客户名称“${name}”已被编号 ${exact.code} 的客户使用(已合并),请改用合并后的客户。`);
    }
    for (const k of keys) {
      const first = seenPhone.get(k);
      if (first && (isNew || first.isNew)) say(`电话 ${k} 与第 ${first.row} 行相同,请核对是否为同一客户。`);
      else if (!first) seenPhone.set(k, { row: r.row, isNew });
      const others = file.byPhone.get(k) ?? [];
      const other = others[0];
      if (other && !others.some((o) => o.id === onFile?.id))
        say(`电话 ${k} 与已有客户“${other.name}”(编号 ${other.code})相同;如要更新该客户,请填写其客户编号。`);
    }
    if (problems.length > before) continue;
    const person =
      v.contact || v.phone
        ? [
            {
              name: v.contact || '未留姓名',
              title: v.contactTitle ?? '',
              phones: v.phone ?? '',
              birthday: birthday ?? '',
            },
          ]
        : [];
    rows.push({
      row: r.row,
      updateId: onFile?.id ?? null,
      ownerName: owner?.display_name ?? '',
      given: new Set(
        Object.entries(v)
          .filter(([, t]) => t !== '')
          .map(([f]) => f),
      ),
      fields: {
        code,
        name,
        type: v.type ?? '',
        grade,
        industry: v.industry ?? '',
        address: v.address ?? '',
        city: v.city ?? '',
        source: v.source ?? '',
        status: status || '合作',
        notes: v.notes ?? '',
        people: person,
        ownerId: owner?.id ?? null,
      },
    });
  }
  const valid = problems.length === 0;
  return {
    rows: valid ? rows : [],
    preview: {
      fileName: upload.fileName,
      headers: read.headers,
      mapping: read.mapping as Record<string, string> | null,
      rowCount: read.rows.length,
      rows: rows.slice(0, PREVIEW_ROWS).map((r) => ({
        row: r.row,
        code: r.fields.code,
        name: r.fields.name,
        type: r.fields.type,
        grade: r.fields.grade,
        city: r.fields.city,
        status: r.fields.status,
        ownerName: r.ownerName,
        contact: r.fields.people[0]?.name ?? '',
        phone: r.fields.people[0]?.phones ?? '',
        action: r.updateId === null ? 'new' : 'update',
      })),
      problems: problems.slice(0, MAX_PROBLEMS),
      problemCount: problems.length,
      newCount: rows.filter((r) => r.updateId === null).length,
      updateCount: rows.filter((r) => r.updateId !== null).length,
      imported: null,
    },
  };
}
