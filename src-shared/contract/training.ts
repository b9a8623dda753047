import type { MethodDef } from './define';

/** 培训: sessions, their attendees, attendance and scores, materials, settings and figures. */
export const trainingMethods = {} satisfies Record<string, MethodDef>;
