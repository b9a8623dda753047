import { contactsOf, type FormCode, getForm } from '../../../../src-shared/domain/forms';
import type { Db } from '../../db/database';
import { replaceReportContacts } from '../customers';
import { recordReportFigures } from '../sales';

/**
 * Writes what other modules query about a report into their tables, in the report's own
 * transaction: its customer contacts on every save (a visit happened whether or not the form is
 * handed in yet), its month's sales figures when it is submitted.
 */
export async function writeDerivedRows(
  trx: Db,
  report: { id: number; formCode: FormCode; authorId: number; periodKey: string; day: string },
  data: Record<string, unknown>,
  change: { submitted: boolean; at: string; actorId: number },
): Promise<void> {
  const form = getForm(report.formCode);
  if (form.contacts) {
    await replaceReportContacts(
      trx,
      { id: report.id, authorId: report.authorId, day: report.day },
      contactsOf(form, data),
    );
  }
  if (change.submitted && form.figures && form.period === 'month') {
    await recordReportFigures(
      trx,
      {
        reportId: report.id,
        userId: report.authorId,
        month: report.periodKey,
        at: change.at,
        actorId: change.actorId,
      },
      form.figures,
      data,
    );
  }
}
