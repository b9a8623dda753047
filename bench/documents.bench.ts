import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { buildDocument } from '../src-shared/documents/build-document';
import { F01 } from '../src-shared/domain/forms';
import { renderDocx } from '../src-main/core/documents/render-docx';
import { sampleF01Data, sampleF01Meta } from '../tests/fixtures/f01-sample';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  note?: string;
  /** A goal the value is held to: at most (≤) or at least (≥) this much, in the result's unit. */
  goal?: { atMost: number } | { atLeast: number };
}

/**
 * Docs per second of two makers, run in alternating slices so a busy machine slows both alike
 * and their ratio stays meaningful.
 */
async function interleaved(
  makers: [() => Promise<Buffer>, () => Promise<Buffer>],
  seconds: number,
): Promise<[number, number]> {
  for (const make of makers) for (let i = 0; i < 3; i++) await make();
  const count = [0, 0];
  const spent = [0, 0];
  const sliceMs = 100;
  while (spent[0]! + spent[1]! < seconds * 1000) {
    for (const i of [0, 1] as const) {
      const start = performance.now();
      while (performance.now() - start < sliceMs) {
        await makers[i]();
        count[i]!++;
      }
      spent[i]! += performance.now() - start;
    }
  }
  return [(count[0]! * 1000) / spent[0]!, (count[1]! * 1000) / spent[1]!];
}

/** The same strings as our document, in one unstyled table: what the docx library costs on its own. */
function floorDocument(strings: string[][]): Document {
  return new Document({
    sections: [
      {
        children: [
          new Table({
            rows: strings.map(
              (row) =>
                new TableRow({
                  children: row.map(
                    (text) => new TableCell({ children: text.split('\n').map((l) => new Paragraph(l)) }),
                  ),
                }),
            ),
          }),
        ],
      },
    ],
  });
}

/** Document throughput of F01 with 8 visits, against the docx library's own floor for the same text. */
export async function benchDocuments(options: { seconds?: number } = {}): Promise<BenchResult[]> {
  // Both makers share the time, so each gets about `seconds` of it.
  const seconds = 2 * (options.seconds ?? 2);
  const data = sampleF01Data(8);
  const meta = sampleF01Meta();
  // The floor gets our model's visit table cell for cell, plus every other string as a one-cell row.
  const model = buildDocument(F01, data, meta);
  const rows: string[][] = [];
  for (const block of model.blocks) {
    if (block.kind === 'table') {
      rows.push(
        block.columns.map((c) => c.label),
        ...block.rows.map((r) => r.map((c) => c.join('\n'))),
      );
    } else if (block.kind === 'fieldGrid') {
      rows.push(...block.cells.map((c) => [c.label, c.value]));
    } else if (block.kind === 'text') {
      rows.push([block.label, block.value]);
    } else {
      rows.push(block.items.map((i) => i.label));
    }
  }
  const [ours, floor] = await interleaved(
    [() => renderDocx(buildDocument(F01, data, meta)), () => Packer.toBuffer(floorDocument(rows))],
    seconds,
  );

  return [
    {
      name: 'documents.f01.docs_per_s',
      value: round(ours),
      unit: 'docs/s',
      note: 'F01, 8 visits, build + docx',
    },
    {
      name: 'documents.docx_floor.docs_per_s',
      value: round(floor),
      unit: 'docs/s',
      note: 'same text in one unstyled docx table',
    },
    {
      name: 'documents.f01_vs_floor',
      value: round(ours / floor),
      unit: 'ratio',
      note: 'ours / floor',
      goal: { atLeast: 2 },
    },
  ];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
