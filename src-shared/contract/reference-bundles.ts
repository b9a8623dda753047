import type { MethodDef } from './define';

/** 参考数据包: head office publishes signed reference bundles, offices verify and import them. */
export const referenceBundleMethods = {} satisfies Record<string, MethodDef>;
