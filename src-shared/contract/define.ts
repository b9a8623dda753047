import type { z } from 'zod';
import type { Role } from '../domain/roles';

/** Who may call a method: anyone, anyone signed in, or the listed roles. */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
}

/** Declares one API method; the object is the single source of truth for both transports. */
export function method<I extends z.ZodType, O extends z.ZodType>(def: {
  input: I;
  output: O;
  access: Access;
}): MethodDef<I, O> {
  return def;
}
