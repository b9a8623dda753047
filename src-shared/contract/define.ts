import type { z } from 'zod';
import type { Role } from '../domain/roles';

/** Who may call a method: anyone, anyone signed in, or the listed roles. */
export type Access = 'public' | 'signedIn' | readonly Role[];

/** Which kind of installation answers a method: a regional office, head office, or both. */
export type MethodMode = 'office' | 'headOffice' | 'any';

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Absent means 'any'. */
  mode?: MethodMode;
}

/** Declares one API method; the object is the single source of truth for both transports. */
export function method<I extends z.ZodType, O extends z.ZodType>(def: {
  input: I;
  output: O;
  access: Access;
  mode?: MethodMode;
}): MethodDef<I, O> {
  return def;
}

/** Marks every method of a group as answered only by installations of one mode. */
export function onlyIn<T extends Record<string, MethodDef>>(mode: MethodMode, methods: T): T {
  return Object.fromEntries(Object.entries(methods).map(([name, def]) => [name, { ...def, mode }])) as T;
}
