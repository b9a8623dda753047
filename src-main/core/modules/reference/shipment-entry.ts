import type { InputOf, OutputOf } from '../../../../src-shared/contract';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { writeAudit } from '../../platform/audit';
import { checkShipments, writeShipments } from './shipment-import';
import { nextSeq } from './state-repo';

/**
 * Saves one shipment line typed in by hand. It goes through the import's own checks as a one-row
 * sheet, so a line entered and a line imported are held to the same rules; the first problem is
 * the answer, at the field it concerns.
 */
export async function saveShipmentEntry(
  db: Db,
  input: InputOf<'reference.saveShipment'>,
  by: { id: number; at: string },
): Promise<OutputOf<'reference.saveShipment'>> {
  const { unitPrice, lineNo, ...rest } = input;
  const read = {
    headers: [],
    mapping: {},
    rows: [{ row: 1, cells: { ...rest, lineNo: lineNo ?? 1, unitPrice } }],
    problems: [],
  };
  return db.transaction().execute(async (trx) => {
    const { lines, problems } = await checkShipments(trx, read);
    const first = problems[0];
    if (first) throw new ApiError('BAD_INPUT', first.message.replace(/^第 1 行:/, ''));
    const line = lines[0]!;
    const { row: _row, action, ...saved } = line;
    if (action === 'same') {
      const held = await trx
        .selectFrom('ref_shipments')
        .select('seq')
        .where('doc_no', '=', line.docNo)
        .where('line_no', '=', line.lineNo)
        .executeTakeFirstOrThrow();
      return { ...saved, seq: held.seq };
    }
    const seq = await nextSeq(trx, by.at);
    await writeShipments(trx, [line], seq);
    await writeAudit(trx, {
      actorId: by.id,
      action: 'save',
      entity: 'ref_shipments',
      entityId: `${line.docNo}#${line.lineNo}`,
      at: by.at,
      detail: { seq, action },
    });
    return { ...saved, seq };
  });
}
