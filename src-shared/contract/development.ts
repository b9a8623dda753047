import type { MethodDef } from './define';

/** 个人发展计划: each rep's items, proposed from F02 协访 scores or written by the manager. */
export const developmentMethods = {} satisfies Record<string, MethodDef>;
