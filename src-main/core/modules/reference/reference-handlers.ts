import type { referenceMethods } from '../../../../src-shared/contract/reference';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { XLSX_MIME } from '../../platform/xlsx-sheet';
import { loadOffice } from '../office';
import { officeRegion } from '../regions';
import { catalogWorkbook } from './catalog-export';
import { saveShipmentEntry } from './shipment-entry';
import { importCatalog, readDealerUpload, readProductUpload } from './catalog-import';
import { listDealers, saveDealer, writeDealer } from './dealer-repo';
import { lookupCode } from './lookup';
import { listPrices, savePrice } from './price-repo';
import { listProducts, loadProduct, saveProduct, writeProduct } from './product-repo';
import { readShipmentUpload, writeShipments } from './shipment-import';
import { nextSeq } from './state-repo';

export const referenceHandlers = {
  'reference.products': async (_input, ctx) => {
    currentUser(ctx);
    return listProducts(ctx.db);
  },

  'reference.saveProduct': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    return ctx.db.transaction().execute(async (trx) => {
      const saved = await saveProduct(trx, input, at);
      await writeAudit(trx, {
        actorId: me.id,
        action: 'save',
        entity: 'ref_product',
        entityId: input.code,
        at,
      });
      return saved;
    });
  },

  'reference.prices': async (input, ctx) => {
    currentUser(ctx);
    return listPrices(ctx.db, input.productCode);
  },

  'reference.savePrice': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    return ctx.db.transaction().execute(async (trx) => {
      if (!(await loadProduct(trx, input.productCode)))
        throw new ApiError('BAD_INPUT', `找不到产品编码“${input.productCode}”,请先在“产品”中添加该产品。`, {
          productCode: '产品编码不存在',
        });
      const saved = await savePrice(trx, input, at);
      await writeAudit(trx, {
        actorId: me.id,
        action: 'save',
        entity: 'ref_price',
        entityId: `${input.productCode}/${input.effectiveFrom}`,
        at,
        detail: { priceFen: input.priceFen },
      });
      return saved;
    });
  },

  'reference.dealers': async (input, ctx) => {
    currentUser(ctx);
    return listDealers(ctx.db, input);
  },

  'reference.saveDealer': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    return ctx.db.transaction().execute(async (trx) => {
      const saved = await saveDealer(trx, input, at);
      await writeAudit(trx, {
        actorId: me.id,
        action: 'save',
        entity: 'ref_dealer',
        entityId: input.code,
        at,
        detail: { agreementStatus: input.agreementStatus, shipmentStop: input.shipmentStop },
      });
      return saved;
    });
  },

  'reference.previewProducts': async (input, ctx) => {
    currentUser(ctx);
    return (await readProductUpload(ctx, input)).preview;
  },

  'reference.importProducts': async (input, ctx) => {
    const read = await readProductUpload(ctx, input);
    return {
      ...read.preview,
      ...(await importCatalog(ctx, input.uploadId, read, 'ref_products', writeProduct)),
    };
  },

  'reference.previewDealers': async (input, ctx) => {
    currentUser(ctx);
    return (await readDealerUpload(ctx, input)).preview;
  },

  'reference.importDealers': async (input, ctx) => {
    const read = await readDealerUpload(ctx, input);
    return {
      ...read.preview,
      ...(await importCatalog(ctx, input.uploadId, read, 'ref_dealers', writeDealer)),
    };
  },

  'reference.previewShipments': async (input, ctx) => {
    currentUser(ctx);
    return (await readShipmentUpload(ctx, input)).preview;
  },

  'reference.importShipments': async (input, ctx) => {
    const me = currentUser(ctx);
    const { preview, lines } = await readShipmentUpload(ctx, input);
    if (preview.problemCount > 0 || !preview.mapping)
      throw new ApiError(
        'BAD_INPUT',
        `表中有 ${preview.problemCount} 处问题,未导入任何发货记录。请改正后重新导入。`,
      );
    const changed = lines.filter((l) => l.action !== 'same');
    const at = nowIso(ctx);
    const seq = await ctx.db.transaction().execute(async (trx) => {
      // Lines already on file as they are keep their number, so the next bundle does not resend them.
      if (changed.length === 0) return null;
      const seq = await nextSeq(trx, at);
      await writeShipments(trx, changed, seq);
      await writeAudit(trx, {
        actorId: me.id,
        action: 'importFile',
        entity: 'ref_shipments',
        entityId: preview.fileName,
        at,
        detail: { seq, newCount: preview.newCount, updateCount: preview.updateCount },
      });
      return seq;
    });
    ctx.uploads.remove(input.uploadId);
    return { ...preview, imported: changed.length, seq };
  },

  'reference.lookup': async (input, ctx) => {
    currentUser(ctx);
    const office = await loadOffice(ctx.db);
    // Head office sells in no region of its own: nothing it looks up is another region's.
    const region = office?.mode === 'headOffice' ? null : ((await officeRegion(ctx.db))?.code ?? null);
    return lookupCode(ctx.db, input.code, region);
  },

  'reference.saveShipment': async (input, ctx) => {
    const me = currentUser(ctx);
    return saveShipmentEntry(ctx.db, input, { id: me.id, at: nowIso(ctx) });
  },

  'reference.exportCatalog': async (input, ctx) => {
    currentUser(ctx);
    const { bytes, fileName } = await catalogWorkbook(ctx.db, input.list);
    const file = ctx.files.add(bytes, fileName, XLSX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName };
  },
} satisfies ModuleHandlers<typeof referenceMethods>;
