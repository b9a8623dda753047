import type { MethodDef } from './define';

/** 渠道管控: 商品流向单 (F10), 窜货/低价举报 (F11) and their case file, fines and sanctions. */
export const channelMethods = {} satisfies Record<string, MethodDef>;
