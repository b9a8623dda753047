import {
  BUNDLE_DATA_PATH,
  type BundleData,
  parseBundleData,
} from '../../../../src-shared/bundle/bundle-data';
import { type BundleFileInput, type WriteBundleInput, writeBundle } from '../../platform/bundle-format';
import { buildSummaryXlsx } from './summary-xlsx';

export const SUMMARY_PATH = 'summary.xlsx';

/** The bundle's data as head office will read it; a bundle it would refuse is never written. */
export function checkedBundleData(envelope: unknown): BundleData {
  const read = parseBundleData(envelope);
  if (!read.ok) throw new Error(`bundle data would be refused: ${read.problem.message}`);
  return read.data;
}

/** What packing a month's bundle needs once its documents are rendered and its data is written. */
export interface PackInput {
  manifestBase: WriteBundleInput['manifestBase'];
  /** The Word documents, in the bundle's order. */
  documents: { path: string; bytes: Uint8Array }[];
  /** data/bundle.json as it goes out: compact JSON and a newline. */
  dataJson: Uint8Array;
  privateKeyPem: string;
}

const asBuffer = (bytes: Uint8Array) =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Reads the data back as head office will, writes summary.xlsx from it, then signs and zips the
 * bundle. It reads no database, so it runs in a worker thread: for a 50-rep month it is about a
 * second of parsing, spreadsheet writing and compressing that would otherwise hold up the window.
 */
export async function packBundle(input: PackInput): Promise<Buffer> {
  const dataJson = asBuffer(input.dataJson);
  const data = checkedBundleData(JSON.parse(dataJson.toString('utf8')));
  const files: BundleFileInput[] = [
    ...input.documents.map((d) => ({ path: d.path, bytes: asBuffer(d.bytes) })),
    { path: BUNDLE_DATA_PATH, bytes: dataJson },
    { path: SUMMARY_PATH, bytes: await buildSummaryXlsx(data) },
  ];
  return writeBundle({ manifestBase: input.manifestBase, files, privateKeyPem: input.privateKeyPem });
}
