import { z } from 'zod';
import { REFERENCE_BUNDLE_MODES } from '../../../../src-shared/contract/reference-bundles';
import type { JsonLimits } from '../../platform/bundle-format';
import { ReferenceBundleError } from './reference-error';

/**
 * The reference bundle's data, inside a bundle signed like the monthly one: data/reference.json
 * says what the bundle is (kind, schema version, full or incremental, the sequence range) and
 * names the chunk files that hold each table's rows. Rows are arrays in the order of `columns`,
 * so a million shipments stay near 100 MB of JSON, in chunks small enough to parse one at a time.
 */
export const REFERENCE_HEADER_PATH = 'data/reference.json';
export const REFERENCE_KIND = 'reference';
export const REFERENCE_SCHEMA_VERSION = 1;
export const ROWS_PER_CHUNK = 50_000;

/** A chunk of 50,000 shipments is about 6 MB and three levels deep; the header is small. */
export const CHUNK_JSON_LIMITS: Readonly<JsonLimits> = { maxBytes: 16 * 1024 * 1024, maxDepth: 4 };
export const HEADER_JSON_LIMITS: Readonly<JsonLimits> = { maxBytes: 1024 * 1024, maxDepth: 6 };

type ColumnType = 'text' | 'int' | 'textOrNull';

interface TableSpec {
  /** The table in the database. */
  table: 'ref_products' | 'ref_prices' | 'ref_dealers' | 'ref_shipments';
  columns: readonly (readonly [name: string, type: ColumnType])[];
  /** The columns a row is known by: an import updates the row with the same key. */
  key: readonly string[];
}

// Written in this order and imported in it: a price names its product (a foreign key).
export const REFERENCE_TABLES = {
  products: {
    table: 'ref_products',
    columns: [
      ['code', 'text'],
      ['name', 'text'],
      ['spec', 'text'],
      ['unit', 'text'],
      ['seq', 'int'],
    ],
    key: ['code'],
  },
  prices: {
    table: 'ref_prices',
    columns: [
      ['product_code', 'text'],
      ['effective_from', 'text'],
      ['price_fen', 'int'],
      ['seq', 'int'],
    ],
    key: ['product_code', 'effective_from'],
  },
  dealers: {
    table: 'ref_dealers',
    columns: [
      ['code', 'text'],
      ['name', 'text'],
      ['region_code', 'text'],
      ['agreement_no', 'text'],
      ['agreement_status', 'text'],
      ['radiates', 'int'],
      ['shipment_stop_from', 'textOrNull'],
      ['shipment_stop_reason', 'textOrNull'],
      ['seq', 'int'],
    ],
    key: ['code'],
  },
  // Without the local id: an office numbers its own rows, a line is known by 发货单号 and line.
  shipments: {
    table: 'ref_shipments',
    columns: [
      ['doc_no', 'text'],
      ['line_no', 'int'],
      ['ship_date', 'text'],
      ['dealer_code', 'text'],
      ['region_code', 'text'],
      ['product_code', 'text'],
      ['batch_no', 'text'],
      ['carton_from', 'text'],
      ['carton_to', 'text'],
      ['quantity', 'int'],
      ['unit_price_fen', 'int'],
      ['seq', 'int'],
    ],
    key: ['doc_no', 'line_no'],
  },
} as const satisfies Record<string, TableSpec>;

export type ReferenceTableName = keyof typeof REFERENCE_TABLES;
export const REFERENCE_TABLE_NAMES = Object.keys(REFERENCE_TABLES) as ReferenceTableName[];

export const columnNames = (name: ReferenceTableName): string[] =>
  REFERENCE_TABLES[name].columns.map(([column]) => column);

const tableEntry = z.strictObject({
  rows: z.number().int().nonnegative(),
  files: z.array(z.string().max(100)).max(1000),
});

const headerSchema = z.strictObject({
  kind: z.literal(REFERENCE_KIND),
  schemaVersion: z.literal(REFERENCE_SCHEMA_VERSION),
  mode: z.enum(REFERENCE_BUNDLE_MODES),
  fromSeq: z.number().int().nonnegative(),
  toSeq: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  issuer: z.strictObject({ code: z.string().max(20), name: z.string().max(100) }),
  tables: z.strictObject({
    products: tableEntry,
    prices: tableEntry,
    dealers: tableEntry,
    shipments: tableEntry,
  }),
});

export type ReferenceHeader = z.infer<typeof headerSchema>;

/** Checks data/reference.json: its kind and version first, so a monthly bundle or a newer one is named as such. */
export function parseHeader(json: unknown): ReferenceHeader {
  const head = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (head.kind !== REFERENCE_KIND) throw new ReferenceBundleError('not-reference');
  const version = head.schemaVersion;
  if (typeof version === 'number' && version > REFERENCE_SCHEMA_VERSION) {
    throw new ReferenceBundleError(
      'reference-future-schema',
      `数据版本 ${version}，本软件支持 ${REFERENCE_SCHEMA_VERSION}`,
    );
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ReferenceBundleError(
      'bad-reference-data',
      `${REFERENCE_HEADER_PATH} 的 ${issue.path.join('.')}`,
    );
  }
  const header = parsed.data;
  if (header.mode === 'full' && header.fromSeq !== 0) {
    throw new ReferenceBundleError('bad-reference-data', '全量数据包的起始序号应为 0');
  }
  if (header.toSeq <= header.fromSeq) {
    throw new ReferenceBundleError('bad-reference-data', '结束序号应大于起始序号');
  }
  return header;
}

const MAX_TEXT = 500;

function badRow(what: string, row: number, detail: string): never {
  throw new ReferenceBundleError('bad-reference-data', `${what} 第 ${row + 1} 行：${detail}`);
}

/**
 * Checks one chunk's rows by hand rather than with a schema: a million shipments go through
 * here, and the database's own constraints (checks, keys) catch the rest inside the transaction.
 * Every row's seq must lie in the bundle's range, so a bundle cannot write rows it does not announce.
 */
export function checkChunk(
  json: unknown,
  name: ReferenceTableName,
  what: string,
  range: { fromSeq: number; toSeq: number },
): unknown[][] {
  const chunk = json as { table?: unknown; columns?: unknown; rows?: unknown } | null;
  const expected = columnNames(name);
  if (
    typeof chunk !== 'object' ||
    chunk === null ||
    Object.keys(chunk).length !== 3 ||
    chunk.table !== name ||
    !Array.isArray(chunk.columns) ||
    chunk.columns.join(',') !== expected.join(',') ||
    !Array.isArray(chunk.rows)
  ) {
    throw new ReferenceBundleError('bad-reference-data', `${what} 不是 ${name} 的数据`);
  }
  const types = REFERENCE_TABLES[name].columns.map(([, type]) => type as ColumnType);
  const seqAt = expected.indexOf('seq');
  const rows = chunk.rows as unknown[];
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length !== types.length) badRow(what, r, '列数不对');
    for (let c = 0; c < types.length; c += 1) {
      const value: unknown = row[c];
      const type = types[c];
      const fine =
        type === 'int'
          ? Number.isSafeInteger(value)
          : (typeof value === 'string' && value.length <= MAX_TEXT) ||
            (type === 'textOrNull' && value === null);
      if (!fine) badRow(what, r, `${expected[c]} 格式不正确`);
    }
    const seq = row[seqAt] as number;
    if (seq <= range.fromSeq || seq > range.toSeq) badRow(what, r, `序号 ${seq} 不在数据包范围内`);
  }
  return rows as unknown[][];
}

/** The path of a table's chunk: data/shipments-0001.json. */
export const chunkPath = (name: ReferenceTableName, index: number) =>
  `data/${name}-${String(index).padStart(4, '0')}.json`;
