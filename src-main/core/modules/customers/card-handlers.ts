import type { customerMethods } from '../../../../src-shared/contract/customers';
import { buildCustomerCard } from '../../../../src-shared/documents/customer-card';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { formatDateTime } from '../../../../src-shared/domain/deadlines/format-time';
import { currentUser, type HandlerContext, type ModuleHandlers } from '../../handler-types';
import type { Letterhead } from '../../../../src-shared/documents/doc-meta';
import { type Office, requireOffice } from '../office';
import { customerDetail } from './customer-detail';

// Declared here rather than taken from the documents module, which imports reports, which imports
// this module: the import would close a cycle.
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The office's letterhead, as the documents module prints it at the top of every page. */
const letterheadOf = (o: Office): Letterhead => ({
  company: o.company,
  officeName: o.office_name,
  regionCode: o.region_code,
  regionName: o.region_name,
  fax: o.fax,
  phone: o.phone,
  address: o.address,
});

/** The 客户档案卡 of a customer as of now. */
async function cardModel(ctx: HandlerContext, id: number) {
  currentUser(ctx);
  const { detail, filedOn } = await customerDetail(ctx.db, id, officeDay(ctx.now()));
  const model = buildCustomerCard({
    letterhead: letterheadOf(await requireOffice(ctx.db)),
    detail,
    filedOn,
    printedAt: formatDateTime(ctx.now().toISOString()),
  });
  return { model, customer: detail.customer };
}

export const cardHandlers = {
  'customers.card': async (input, ctx) => (await cardModel(ctx, input.id)).model,

  'customers.cardDocx': async (input, ctx) => {
    const { model, customer } = await cardModel(ctx, input.id);
    const bytes = await ctx.renderer.render([model]);
    const fileName = `客户档案卡-${customer.code}-${customer.name}.docx`.replace(/[\\/:*?"<>|]/g, '_');
    const file = ctx.files.add(bytes, fileName, DOCX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName };
  },
} satisfies Partial<ModuleHandlers<typeof customerMethods>>;
