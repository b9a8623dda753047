import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { DOCX_RENDERER_VERSION, PaperStore } from '../../../src-main/core/documents/paper-store';
import { inProcessRenderer } from '../../../src-main/core/platform/worker-pool';
import { countingRenderer } from '../../helpers/counting-renderer';
import { buildDocument } from '../../../src-shared/documents/build-document';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { F01, F02, F03, F04, F05, F06, F07, F08, F09 } from '../../../src-shared/domain/forms';
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { f02Meta, f02Sample } from '../../fixtures/forms/f02-sample';
import { f03Meta, f03Sample } from '../../fixtures/forms/f03-sample';
import { f04Meta, f04Sample } from '../../fixtures/forms/f04-sample';
import { f05Meta, f05Sample } from '../../fixtures/forms/f05-sample';
import { f06Meta, f06Sample } from '../../fixtures/forms/f06-sample';
import { f07Meta, f07Sample } from '../../fixtures/forms/f07-sample';
import { f08Meta, f08Sample } from '../../fixtures/forms/f08-sample';
import { f09Meta, f09Sample } from '../../fixtures/forms/f09-sample';
import { f01Data, f01Meta } from './f01-fixture';

const f01 = (): DocModel[] => [buildDocument(F01, f01Data(), f01Meta())];

/** Every stored file under the store's folder, relative to it. */
function storedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.docx'))
    .sort();
}

describe('PaperStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'paper-store-'));
    // Word files carry the moment they were packed; a fixed clock lets two renders be compared.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T02:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders a document once and then serves the stored file, byte-identical to a fresh render', async () => {
    const renderer = countingRenderer();
    const store = new PaperStore(dir, renderer);
    const first = await store.get(f01());
    const again = await store.get(f01());
    expect(renderer.calls).toBe(1);
    expect(again.equals(first)).toBe(true);
    expect(storedFiles(dir)).toHaveLength(1);
    expect(store.has(f01())).toBe(true);
    // A fresh render of the same models now gives the very bytes the store hands out.
    expect((await inProcessRenderer.render(f01())).equals(again)).toBe(true);
    // A process that starts later finds it too.
    const later = countingRenderer();
    expect((await new PaperStore(dir, later).get(f01())).equals(first)).toBe(true);
    expect(later.calls).toBe(0);
  });

  it('renders again when the renderer version changes, and drops the old version’s files', async () => {
    const renderer = countingRenderer();
    await new PaperStore(dir, renderer).get(f01());
    expect(storedFiles(dir)[0]).toMatch(new RegExp(`^r${DOCX_RENDERER_VERSION}/`));

    const next = new PaperStore(dir, renderer, `${DOCX_RENDERER_VERSION}-next`);
    expect(next.has(f01())).toBe(false);
    const bytes = await next.get(f01());
    expect(renderer.calls).toBe(2);
    expect(bytes.equals(await inProcessRenderer.render(f01()))).toBe(true);
    const files = storedFiles(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^r${DOCX_RENDERER_VERSION}-next/`));
  });

  it('keeps each report version apart: a changed field is another document', async () => {
    const renderer = countingRenderer();
    const store = new PaperStore(dir, renderer);
    const before = [buildDocument(F03, f03Sample(), f03Meta())];
    const changed = [buildDocument(F03, { ...f03Sample(), visitCount: 32 }, f03Meta())];
    const returned = [buildDocument(F03, f03Sample(), { ...f03Meta(), statusLabel: '已退回' })];
    await store.get(before);
    await store.get(changed);
    await store.get(returned);
    expect(renderer.calls).toBe(3);
    expect(new Set([store.keyOf(before), store.keyOf(changed), store.keyOf(returned)]).size).toBe(3);
    expect(storedFiles(dir)).toHaveLength(3);
  });

  it('renders a damaged stored file again and mends it', async () => {
    const renderer = countingRenderer();
    const store = new PaperStore(dir, renderer);
    const good = await store.get(f01());
    const file = join(dir, storedFiles(dir)[0]!);
    writeFileSync(file, good.subarray(0, good.length - 100));
    expect(store.has(f01())).toBe(false);
    expect((await store.get(f01())).equals(good)).toBe(true);
    expect(renderer.calls).toBe(2);
    expect(readFileSync(file).equals(good)).toBe(true);
  });

  it('renders a document asked for twice at once only once', async () => {
    const renderer = countingRenderer();
    const store = new PaperStore(dir, renderer);
    const [a, b] = await Promise.all([store.get(f01()), store.get(f01())]);
    expect(renderer.calls).toBe(1);
    expect(a.equals(b)).toBe(true);
  });

  it('still hands out the document when it cannot be stored', async () => {
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, 'a file where the store’s folder should be');
    const renderer = countingRenderer();
    const bytes = await new PaperStore(blocked, renderer).get(f01());
    expect(bytes.equals(await inProcessRenderer.render(f01()))).toBe(true);
  });
});

/**
 * What every form's sample renders to under the current renderer version: the package's parts as
 * text, packing times aside. Stored documents are reused as long as the version stays, so a change
 * to the document code that changes these must come with a new DOCX_RENDERER_VERSION.
 */
const RENDERED_UNDER: Record<string, string> = {
  '1': '800922ae7583c66078c2511a6684daba98463f80f26165b124e95394fd1cca77',
};

describe('DOCX_RENDERER_VERSION', () => {
  it('changes whenever what the forms render to changes', async () => {
    const samples: DocModel[] = [
      buildDocument(F01, f01Data(), f01Meta()),
      buildDocument(F02, f02Sample(), f02Meta()),
      buildDocument(F03, f03Sample(), f03Meta()),
      buildDocument(F04, f04Sample(), f04Meta()),
      buildDocument(F05, f05Sample(), f05Meta()),
      buildDocument(F06, f06Sample(), f06Meta()),
      buildDocument(F07, f07Sample(), f07Meta()),
      buildDocument(F08, f08Sample(), f08Meta()),
      buildDocument(F09, f09Sample(), f09Meta()),
    ];
    const hash = createHash('sha256');
    for (const model of samples) {
      const parts = unzipSync(await inProcessRenderer.render([model]));
      for (const path of Object.keys(parts).sort()) {
        const text = strFromU8(parts[path]!).replace(
          /<dcterms:(created|modified)[^>]*>[^<]*</g,
          '<dcterms:$1><',
        );
        hash.update(path).update('\u0000').update(text).update('\u0000');
      }
    }
    const fingerprint = hash.digest('hex');
    expect(
      RENDERED_UNDER[DOCX_RENDERER_VERSION],
      `Word output changed (now ${fingerprint}): give DOCX_RENDERER_VERSION a new value in paper-store.ts and pin this fingerprint under it, so stored documents are rendered again`,
    ).toBe(fingerprint);
  });
});

describe('PaperStore, over the years', () => {
  it('removes documents stored more than its keeping time ago, and renders one again if asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-store-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const renderer = countingRenderer();
    const store = new PaperStore(dir, renderer, DOCX_RENDERER_VERSION, 400);
    await store.get(f01());
    const recent = [buildDocument(F03, f03Sample(), f03Meta())];
    await store.get(recent);
    const old = join(
      dir,
      storedFiles(dir).find((p) => p.includes(store.keyOf(f01())))!,
    );
    const longAgo = new Date(Date.now() - 401 * 86_400_000);
    utimesSync(old, longAgo, longAgo);

    // (The store also prunes by itself once per process, on its first write: that one found nothing old.)
    await store.prune();
    expect(existsSync(old)).toBe(false);
    expect(store.has(recent)).toBe(true);
    await store.get(f01());
    expect(renderer.calls).toBe(3);
    expect(store.has(f01())).toBe(true);
  });
});
