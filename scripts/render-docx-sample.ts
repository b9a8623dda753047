/**
 * Writes a sample of every form (F01 with 8 visits and a long summary; F02–F09 filled in as the
 * fixtures have them) and a blank copy of each as .docx to the folder given, for looking at the
 * paper layout, with a month cover, a fax cover and a 奖金核算单:
 * `npx tsx scripts/render-docx-sample.ts OUTDIR [F03 ... covers]`.
 */
import { blankMeta } from '../tests/fixtures/blank-meta';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleF01Data, sampleF01Meta } from '../tests/fixtures/f01-sample';
import { f02Meta, f02Sample } from '../tests/fixtures/forms/f02-sample';
import { f03Meta, f03Sample } from '../tests/fixtures/forms/f03-sample';
import { f04Meta, f04Sample } from '../tests/fixtures/forms/f04-sample';
import { f05Meta, f05Sample } from '../tests/fixtures/forms/f05-sample';
import { f06Decision, f06Meta, f06Sample } from '../tests/fixtures/forms/f06-sample';
import { f07Meta, f07Sample } from '../tests/fixtures/forms/f07-sample';
import { f08Meta, f08Sample } from '../tests/fixtures/forms/f08-sample';
import { f09Meta, f09Sample } from '../tests/fixtures/forms/f09-sample';
import { renderDocx } from '../src-main/core/documents/render-docx';
import { buildDocument } from '../src-shared/documents/build-document';
import { buildBonusStatement } from '../src-shared/documents/bonus-statement';
import { buildFaxCover } from '../src-shared/documents/fax-cover';
import { bonusStatementSample } from '../tests/fixtures/bonus-statement-sample';
import { monthCover } from '../src-shared/documents/month-book';
import { faxInput } from '../tests/unit/print/fax-fixture';
import type { DocMeta } from '../src-shared/documents/doc-model';
import { FORM_CODES, type FormCode, getForm } from '../src-shared/domain/forms';

const SAMPLES: Record<FormCode, () => { data: Record<string, unknown>; meta: DocMeta }> = {
  F01: () => ({ data: sampleF01Data(8), meta: sampleF01Meta() }),
  F02: () => ({ data: f02Sample(), meta: f02Meta() }),
  F03: () => ({ data: f03Sample(), meta: f03Meta() }),
  F04: () => ({ data: f04Sample(), meta: f04Meta() }),
  F05: () => ({ data: f05Sample(), meta: f05Meta() }),
  F06: () => ({ data: { ...f06Sample(), ...f06Decision() }, meta: f06Meta() }),
  F07: () => ({ data: f07Sample(), meta: f07Meta() }),
  F08: () => ({ data: f08Sample(), meta: f08Meta() }),
  F09: () => ({ data: f09Sample(), meta: f09Meta() }),
};

async function main(): Promise<void> {
  const [outDir, ...only] = process.argv.slice(2);
  if (!outDir) {
    console.error('usage: npx tsx scripts/render-docx-sample.ts OUTDIR [F01 F02 ...]');
    process.exit(2);
  }
  mkdirSync(outDir, { recursive: true });
  // The month cover and the fax cover print with the forms.
  const days = [3, 8, 5].map((n, i) => ({
    model: buildDocument(getForm('F01'), sampleF01Data(n), sampleF01Meta()),
    data: sampleF01Data(n),
    periodLabel: `2026年11月${23 + i}日`,
    statusLabel: '已提交',
  }));
  const covers = {
    'month-cover.docx': monthCover(getForm('F01'), days, {
      personName: '李明',
      monthLabel: '2026年11月',
      regionName: '华东',
      printedAt: '2026-12-01 09:00',
    }),
    'fax-cover.docx': buildFaxCover(faxInput()),
    'bonus-statement.docx': buildBonusStatement(bonusStatementSample()),
  };
  if (only.length === 0 || only.includes('covers'))
    for (const [name, model] of Object.entries(covers)) {
      writeFileSync(join(outDir, name), await renderDocx(model));
      console.log(join(outDir, name));
    }
  const codes = only.length > 0 ? FORM_CODES.filter((c) => only.includes(c)) : FORM_CODES;
  for (const code of codes) {
    const form = getForm(code);
    const { data, meta } = SAMPLES[code]();
    // A blank form, as an office prints it for filling in by hand.
    for (const [name, d, m] of [
      [`${code}-sample.docx`, data, meta],
      [`${code}-blank.docx`, {}, blankMeta(meta)],
    ] as const) {
      const file = join(outDir, name);
      writeFileSync(file, await renderDocx(buildDocument(form, d, m)));
      console.log(file);
    }
  }
}

void main();
