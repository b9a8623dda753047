import { createContext, useContext } from 'react';
import type { FormDef } from '../../../src-shared/domain/forms';

/** The report being edited, for pieces deep in its tables that need more than their own row. */
export interface ReportEditorContext {
  form: FormDef;
  periodKey: string;
  /** The report's author: whose customers are offered, whose opportunities a visit links to. */
  authorId: number;
}

export const ReportContext = createContext<ReportEditorContext | null>(null);

/** The report being edited; null outside the report editor. */
export function useReportContext(): ReportEditorContext | null {
  return useContext(ReportContext);
}
