import { z } from 'zod';
import { id } from './common';
import { docModel, generatedFile } from './documents';
import { method, onlyIn, type MethodDef } from './define';

const session = z.object({ sessionId: id }).strict();

/** The training paper: 培训通知, 培训签到表 and 成绩表, as Word and as the print preview's model. */
export const trainingDocumentMethods = onlyIn('office', {
  /** The 培训通知 of a session, for the print preview. */
  'training.noticeDoc': method({ input: session, output: docModel, access: 'signedIn' }),
  'training.noticeDocx': method({ input: session, output: generatedFile, access: 'signedIn' }),
  /** The 培训签到表 of a session with its attendees' names pre-printed, for the print preview. */
  'training.signInDoc': method({ input: session, output: docModel, access: 'signedIn' }),
  'training.signInDocx': method({ input: session, output: generatedFile, access: 'signedIn' }),
  /** The 培训成绩表 of a session: attendance and scores as entered, the average and the pass count. */
  'training.scoreSheetDoc': method({ input: session, output: docModel, access: 'signedIn' }),
  'training.scoreSheetDocx': method({ input: session, output: generatedFile, access: 'signedIn' }),
}) satisfies Record<string, MethodDef>;
