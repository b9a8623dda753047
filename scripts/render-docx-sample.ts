/**
 * Writes a sample F01 走访表 (8 visits, a long summary) as .docx to the folder given,
 * for looking at the paper layout: `npx tsx scripts/render-docx-sample.ts OUTDIR`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleF01Data, sampleF01Meta } from '../tests/fixtures/f01-sample';
import { renderDocx } from '../src-main/core/documents/render-docx';
import { buildDocument } from '../src-shared/documents/build-document';
import { F01 } from '../src-shared/domain/forms';

async function main(): Promise<void> {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: npx tsx scripts/render-docx-sample.ts OUTDIR');
    process.exit(2);
  }
  mkdirSync(outDir, { recursive: true });
  const samples: [string, Record<string, unknown>][] = [
    ['F01-sample.docx', sampleF01Data(8)],
    // A blank form, as an office prints it for filling in by hand.
    ['F01-blank.docx', {}],
  ];
  for (const [name, data] of samples) {
    const meta = name.includes('blank') ? blankMeta() : sampleF01Meta();
    const file = join(outDir, name);
    writeFileSync(file, await renderDocx(buildDocument(F01, data, meta)));
    console.log(file);
  }
}

function blankMeta() {
  return {
    ...sampleF01Meta(),
    personName: '',
    periodLabel: '',
    statusLabel: '',
    enteredByName: undefined,
    submittedAt: undefined,
  };
}

void main();
