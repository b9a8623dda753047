import type { MethodDef } from './define';

/** The training paper: 培训通知, 培训签到表 and 成绩表, as Word and as the print preview's model. */
export const trainingDocumentMethods = {} satisfies Record<string, MethodDef>;
