import { loadExcel } from '../../platform/xlsx-sheet';
import {
  CUSTOMER_IMPORT_FIELDS,
  CUSTOMER_IMPORT_LABELS,
  type customerMethods,
} from '../../../../src-shared/contract/customers';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { sheet, XLSX_MIME } from '../../platform/xlsx-sheet';
import { loadContactSettings } from './contact-settings';
import { customerQuery, loadCustomer, toCustomers } from './customer-repo';
import { type ImportRow, readCustomerUpload } from './customer-import';
import { type CustomerInput, insertCustomer, updateCustomer } from './customer-save';

/** Column widths of 客户档案.xlsx, in the order of CUSTOMER_IMPORT_FIELDS. */
const WIDTHS = [10, 32, 10, 8, 12, 36, 10, 12, 8, 10, 10, 12, 24, 12, 30];

/** An update keeps what the sheet leaves empty or does not map; the first person is the sheet's. */
async function updatedFields(db: Parameters<typeof loadCustomer>[0], r: ImportRow): Promise<CustomerInput> {
  const was = (await loadCustomer(db, r.updateId!))!;
  const pick = <K extends keyof CustomerInput>(k: K, field = k as string): CustomerInput[K] =>
    r.given.has(field) ? r.fields[k] : (was[k as keyof typeof was] as CustomerInput[K]);
  const first = was.people[0];
  const person = r.fields.people[0];
  const people = person
    ? [
        {
          name: r.given.has('contact') ? person.name : (first?.name ?? person.name),
          title: r.given.has('contactTitle') ? person.title : (first?.title ?? ''),
          phones: r.given.has('phone') ? person.phones : (first?.phones ?? ''),
          birthday: r.given.has('birthday') ? person.birthday : (first?.birthday ?? ''),
        },
        ...was.people.slice(1),
      ]
    : was.people;
  return {
    code: was.code,
    name: pick('name'),
    type: pick('type'),
    grade: pick('grade'),
    industry: pick('industry'),
    address: pick('address'),
    city: pick('city'),
    source: pick('source'),
    status: pick('status'),
    notes: pick('notes'),
    people,
    ownerId: r.given.has('owner') ? r.fields.ownerId : was.ownerId,
  };
}

export const importHandlers = {
  'customers.importPreview': async (input, ctx) => {
    currentUser(ctx);
    return (await readCustomerUpload(ctx, input)).preview;
  },

  'customers.import': async (input, ctx) => {
    const me = currentUser(ctx);
    const { preview, rows } = await readCustomerUpload(ctx, input);
    if (preview.problemCount > 0 || !preview.mapping)
      throw new ApiError(
        'BAD_INPUT',
        `表中有 ${preview.problemCount} 处问题,未导入任何客户。请改正后重新导入。`,
      );
    const at = nowIso(ctx);
    const sc = {
      actorId: me.id,
      at,
      now: ctx.now(),
      settings: await loadContactSettings(ctx.db),
      ownerReason: '导入客户档案',
      // Duplicates were checked row by row above, against the file and within the sheet.
      allowDuplicate: true,
      auditAction: 'import',
    };
    await ctx.db.transaction().execute(async (trx) => {
      for (const r of rows) {
        if (r.updateId === null) await insertCustomer(trx, r.fields, sc);
        else await updateCustomer(trx, r.updateId, await updatedFields(trx, r), sc);
      }
      await writeAudit(trx, {
        actorId: me.id,
        action: 'importFile',
        entity: 'customer',
        entityId: preview.fileName,
        at,
        detail: { rows: rows.length, newCount: preview.newCount, updateCount: preview.updateCount },
      });
    });
    ctx.uploads.remove(input.uploadId);
    return { ...preview, imported: rows.length };
  },

  'customers.exportXlsx': async (_input, ctx) => {
    currentUser(ctx);
    const customers = await toCustomers(
      ctx.db,
      await customerQuery(ctx.db).orderBy('customers.code').execute(),
    );
    const wb = new (await loadExcel()).Workbook();
    sheet(
      wb,
      '客户档案',
      CUSTOMER_IMPORT_FIELDS.map((f, i) => ({ header: CUSTOMER_IMPORT_LABELS[f], width: WIDTHS[i]! })),
      customers.map((c) => [
        c.code,
        c.name,
        c.type,
        c.grade,
        c.industry,
        c.address,
        c.city,
        c.source,
        c.status,
        c.ownerName ?? '',
        c.contact,
        c.contactTitle,
        c.phone,
        c.people[0]?.birthday ?? '',
        c.notes,
      ]),
    );
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const fileName = '客户档案.xlsx';
    const file = ctx.files.add(bytes, fileName, XLSX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName };
  },
} satisfies Partial<ModuleHandlers<typeof customerMethods>>;
