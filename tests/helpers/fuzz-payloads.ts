import type { z } from 'zod';

/**
 * Seeded hostile inputs for the API contract: wrong types, missing and extra fields, huge strings,
 * deep nesting, prototype keys, odd Unicode, numbers out of range, and near-valid values built
 * from a method's zod schema with one spot broken. The same seed gives the same payloads, so a
 * failure can be replayed from the seed and the payload's index.
 */

/** A small seeded generator (mulberry32): fast, and the same sequence on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** A seed from a text (a method's name), so each method gets its own sequence from one run seed. */
export function seedFor(runSeed: number, text: string): number {
  let h = runSeed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const MEGABYTE = 1024 * 1024;
const HUGE_ASCII = 'a'.repeat(MEGABYTE);
const HUGE_CJK = '走访'.repeat(MEGABYTE / 6);
export const DEEP_LEVELS = 10_000;

/** Object or array nesting built in a loop: a recursive builder would itself run out of stack. */
export function deepNest(levels: number, asArray: boolean): unknown {
  let value: unknown = asArray ? [] : {};
  for (let i = 0; i < levels; i++) value = asArray ? [value] : { a: value };
  return value;
}

export const ODD_STRINGS: readonly string[] = [
  '\uD800',
  '\uDC00尾',
  'a\uDBFFb',
  '\u202E张三\u202C',
  '\u200F\u061Cمرحبا',
  '\u0000',
  'ab\u0000cd',
  '😀👨‍👩‍👧‍👦',
  'e\u0301\u0301\u0301\u0301\u0301',
  '\uFEFF',
  '\u200B\u200D\u2060',
  '\uFFFF\uFFFE',
  ' \t\r\n ',
  '',
  '../../etc/passwd',
  "'; drop table users; --",
  '%00%2e%2e',
];

export const ODD_NUMBERS: readonly number[] = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  -1,
  0,
  0.5,
  2.000001,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 64,
];

/** Objects whose prototype keys are own keys, as JSON.parse builds them from a request body. */
function prototypeObject(rnd: Random): Record<string, unknown> {
  return JSON.parse(
    rnd.pick([
      '{"__proto__":{"polluted":"yes","role":"manager"}}',
      '{"constructor":{"prototype":{"polluted":"yes"}}}',
      '{"prototype":{"polluted":"yes"},"__proto__":null}',
      '{"__proto__":[],"length":5}',
      '{"toString":"x","valueOf":1,"hasOwnProperty":null}',
    ]),
  ) as Record<string, unknown>;
}

/** A value of any kind from the hostile catalogue. */
export function hostileValue(rnd: Random): unknown {
  switch (rnd.int(12)) {
    case 0:
      return rnd.pick([null, undefined, true, false, 0, 1, 'x', '', [], {}]);
    case 1:
      return rnd.pick([HUGE_ASCII, HUGE_CJK]);
    case 2:
      return deepNest(DEEP_LEVELS, rnd.int(2) === 0);
    case 3:
      return prototypeObject(rnd);
    case 4:
    case 5:
      return rnd.pick(ODD_STRINGS);
    case 6:
    case 7:
      return rnd.pick(ODD_NUMBERS);
    case 8:
      return [rnd.pick(ODD_STRINGS), rnd.pick(ODD_NUMBERS), null];
    case 9:
      return { [rnd.pick(ODD_STRINGS)]: rnd.pick(ODD_NUMBERS) };
    case 10:
      return new Array(rnd.pick([1000, 100_000])).fill(1);
    default:
      return rnd.pick(['2026-02-30', '2026-13-01', '9999-99-99', '2026-W54', '2026-Q5', 'F99', '-1']);
  }
}

type AnySchema = z.core.$ZodType;

function defOf(schema: AnySchema): { type: string; [key: string]: unknown } {
  return schema._zod.def as unknown as { type: string; [key: string]: unknown };
}

/** Strings that pass common field rules (dates, months, weeks, form codes, names, phones). */
const STRING_POOL = [
  '2026-11-26',
  '2026-11',
  '2026-W48',
  '2026-Q4',
  '2026-11-26.1',
  '2026',
  'F01',
  'HD-03',
  '张伟',
  '杭州市西湖区文三路478号',
  '13905711234',
  '0571-88231456',
  'P001',
  'abc',
  '1',
  '2026-11-26T02:00:00.000Z',
  '10:00',
  'a'.repeat(64),
];
const NUMBER_POOL = [1, 2, 2026, 11, 100, 0, 0.5];
const plausibleLeaves = new WeakMap<AnySchema, unknown>();

/** The first value of a pool that a leaf schema accepts, else the pool's first value. */
function poolValue(schema: AnySchema, pool: readonly unknown[]): unknown {
  if (plausibleLeaves.has(schema)) return plausibleLeaves.get(schema);
  const zodSchema = schema as unknown as z.ZodType;
  const found = pool.find((v) => zodSchema.safeParse(v).success) ?? pool[0];
  plausibleLeaves.set(schema, found);
  return found;
}

/** A value shaped as the schema asks, valid where simple rules allow: the base a mutation breaks. */
export function plausibleValue(schema: AnySchema, rnd: Random, depth = 0): unknown {
  const def = defOf(schema);
  if (depth > 12) return null;
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, AnySchema>)) {
        const optional = defOf(field).type === 'optional' || defOf(field).type === 'default';
        if (optional && rnd.int(2) === 0) continue;
        out[key] = plausibleValue(field, rnd, depth + 1);
      }
      return out;
    }
    case 'array': {
      const n = rnd.int(3);
      return Array.from({ length: n }, () => plausibleValue(def.element as AnySchema, rnd, depth + 1));
    }
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return plausibleValue(def.innerType as AnySchema, rnd, depth + 1);
    case 'nullable':
      return rnd.int(4) === 0 ? null : plausibleValue(def.innerType as AnySchema, rnd, depth + 1);
    case 'pipe':
      return plausibleValue(def.in as AnySchema, rnd, depth + 1);
    case 'union':
      return plausibleValue(rnd.pick(def.options as AnySchema[]), rnd, depth + 1);
    case 'intersection':
      return plausibleValue(def.left as AnySchema, rnd, depth + 1);
    case 'record':
      return rnd.int(2) === 0 ? {} : { summary: '拜访客户,了解需求。', count: 1 };
    case 'tuple':
      return (def.items as AnySchema[]).map((item) => plausibleValue(item, rnd, depth + 1));
    case 'enum':
      return rnd.pick(Object.values(def.entries as Record<string, unknown>));
    case 'literal':
      return rnd.pick(def.values as unknown[]);
    case 'string':
      return poolValue(schema, STRING_POOL);
    case 'number':
      return poolValue(schema, NUMBER_POOL);
    case 'boolean':
      return rnd.int(2) === 0;
    case 'null':
      return null;
    default:
      return rnd.pick(['x', 1, null, {}]);
  }
}

type Spot = { parent: Record<string, unknown> | unknown[]; key: string | number } | null;

/** Every place in a value a mutation can break: each object key and array slot, and the root. */
function spotsOf(value: unknown, out: Spot[] = [null]): Spot[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push({ parent: value, key: i });
      spotsOf(item, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push({ parent: value as Record<string, unknown>, key });
      spotsOf(item, out);
    }
  }
  return out;
}

function extraKey(rnd: Random): string {
  return rnd.pick(['extra', 'isAdmin', 'role', 'id', '', '\u0000', '\uD800', '💥', 'a'.repeat(10_000)]);
}

/** Breaks one spot of a near-valid value: a hostile value, a missing key, an extra key, a wrapping array. */
function mutate(base: unknown, rnd: Random): { value: unknown; kind: string } {
  const spot = rnd.pick(spotsOf(base));
  const current = spot ? (spot.parent as Record<string | number, unknown>)[spot.key] : base;
  const set = (v: unknown) => {
    if (!spot) return v;
    (spot.parent as Record<string | number, unknown>)[spot.key] = v;
    return base;
  };
  const where = spot ? String(spot.key).slice(0, 40) : '(root)';
  switch (rnd.int(6)) {
    case 0:
      if (spot && !Array.isArray(spot.parent)) {
        delete spot.parent[spot.key as string];
        return { value: base, kind: `missing ${where}` };
      }
      return { value: set(undefined), kind: `undefined at ${where}` };
    case 1:
      if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
        const withProto = Object.assign(prototypeObject(rnd), current);
        if (rnd.int(2) === 0) withProto[extraKey(rnd)] = hostileValue(rnd);
        return { value: set(withProto), kind: `extra/prototype keys at ${where}` };
      }
      return { value: set([current]), kind: `array around ${where}` };
    case 2:
      return { value: set([current]), kind: `array around ${where}` };
    default:
      return { value: set(hostileValue(rnd)), kind: `hostile value at ${where}` };
  }
}

export interface FuzzPayload {
  value: unknown;
  /** What was done, for a failure message. */
  kind: string;
}

/** Whether a payload passes the method's input schema as the dispatch sees it (absent = {}). */
export function passesSchema(schema: AnySchema, value: unknown): boolean {
  return (schema as unknown as z.ZodType).safeParse(value ?? {}).success;
}

/** One payload: a quarter whole-input hostile values, the rest a near-valid value with one spot broken. */
export function fuzzPayload(
  schema: AnySchema,
  rnd: Random,
  opts: { invalidOnly?: boolean } = {},
): FuzzPayload {
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate: FuzzPayload =
      rnd.int(4) === 0
        ? { value: hostileValue(rnd), kind: 'hostile input' }
        : mutate(plausibleValue(schema, rnd), rnd);
    if (!opts.invalidOnly || !passesSchema(schema, candidate.value)) return candidate;
  }
  // An input of the wrong type fails every object schema of the contract.
  return { value: [rnd.pick(ODD_NUMBERS)], kind: 'array input' };
}

/** `count` payloads for one schema from one seed. */
export function* fuzzPayloads(
  schema: AnySchema,
  count: number,
  seed: number,
  opts: { invalidOnly?: boolean } = {},
): Generator<FuzzPayload> {
  const rnd = new Random(seed);
  for (let i = 0; i < count; i++) yield fuzzPayload(schema, rnd, opts);
}
