import type { MethodDef } from './define';

/** 参考数据 (channel control's reference data): products, price list, dealers, shipments, lookup. */
export const referenceMethods = {} satisfies Record<string, MethodDef>;
