import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { openCore } from '../../../src-main/core';
import { readBundle } from '../../../src-main/core/platform/bundle-format';
import { call, expectOk } from '../../helpers/core-harness';
import { countingRenderer } from '../../helpers/counting-renderer';
import { openDocx } from '../print/docx-text';
import { MONTH, MONTH_OF_WORK, monthOffice, officePublicKey } from './month-office';

describe('the month’s documents in the paper store', MONTH_OF_WORK, () => {
  it('are rendered after approval, so the export only collects them; one missing is rendered on the spot', async () => {
    const { o, liWeekly } = await monthOffice({ weeks: 1 });
    // The office's data folder opened as the app opens it: documents rendered ahead after approvals.
    const renderer = countingRenderer();
    const core = await openCore({
      dataDir: o.dataDir,
      now: o.clock.now,
      renderer,
      paperWarmDelayMs: 0,
      echoErrors: false,
    });
    onTestFinished(() => core.close());

    expectOk(await call(core, o.manager, 'reports.approve', { id: liWeekly.id, comment: '' }));
    const preview = expectOk(await call(core, o.manager, 'bundles.preview', { month: MONTH }));
    const documents = preview.included.filter((f) => f.kind === 'document');
    expect(documents.map((d) => d.fileName)).toContain(`docs/F03-2026-W45-rep${o.liId}.docx`);
    // Every document of the month is rendered in the background, each once, before any export.
    await vi.waitFor(() => expect(renderer.calls).toBe(documents.length), { timeout: 60_000, interval: 50 });
    const paperDir = join(o.dataDir, 'paper');
    const stored = () =>
      readdirSync(paperDir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.docx'));
    expect(stored()).toHaveLength(documents.length);

    const first = expectOk(await call(core, o.manager, 'bundles.export', { month: MONTH }));
    expect(renderer.calls).toBe(documents.length);

    // A document lost from the store (a cleaned-up disk) is rendered when the month is sent again.
    rmSync(join(paperDir, stored()[0]!));
    const second = expectOk(await call(core, o.manager, 'bundles.export', { month: MONTH }));
    expect(second.revision).toBe(2);
    expect(renderer.calls).toBe(documents.length + 1);
    expect(stored()).toHaveLength(documents.length);

    // Both revisions carry the same documents, whichever came from the store.
    const key = await officePublicKey(o);
    const open = (out: typeof first) =>
      readBundle(readFileSync(join(out.outboxDir, out.files[0]!.fileName)), {
        trustedKeys: [{ officeCode: key.officeCode, publicKeyPem: key.publicKeyPem }],
        expectedPeriod: MONTH,
      });
    const [r1, r2] = [await open(first), await open(second)];
    for (const doc of documents) {
      const a = openDocx(r1.files.get(doc.fileName)!);
      const b = openDocx(r2.files.get(doc.fileName)!);
      expect(b.document, doc.fileName).toBe(a.document);
      expect(a.document).toContain('已报送');
    }
  });
});
