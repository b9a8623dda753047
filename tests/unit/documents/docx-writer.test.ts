import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import yauzl from 'yauzl';
import { packDocx } from '../../../src-main/core/documents/docx-writer';
import { docxDocument, renderDocxMany } from '../../../src-main/core/documents/render-docx';
import { buildDocument } from '../../../src-shared/documents/build-document';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { F01, F02, F03, F04, F05, F06, F07, F08, F09 } from '../../../src-shared/domain/forms';
import { f01Data, f01Meta } from './f01-fixture';
import { f02Meta, f02Sample } from '../../fixtures/forms/f02-sample';
import { f03Meta, f03Sample } from '../../fixtures/forms/f03-sample';
import { f04Meta, f04Sample } from '../../fixtures/forms/f04-sample';
import { f05Meta, f05Sample } from '../../fixtures/forms/f05-sample';
import { f06Meta, f06Sample } from '../../fixtures/forms/f06-sample';
import { f07Meta, f07Sample } from '../../fixtures/forms/f07-sample';
import { f08Meta, f08Sample } from '../../fixtures/forms/f08-sample';
import { f09Meta, f09Sample } from '../../fixtures/forms/f09-sample';

const models: [string, () => DocModel][] = [
  ['F01', () => buildDocument(F01, f01Data(), f01Meta())],
  ['F02', () => buildDocument(F02, f02Sample(), f02Meta())],
  ['F03', () => buildDocument(F03, f03Sample(), f03Meta())],
  ['F04', () => buildDocument(F04, f04Sample(), f04Meta())],
  ['F05', () => buildDocument(F05, f05Sample(), f05Meta())],
  ['F06', () => buildDocument(F06, f06Sample(), f06Meta())],
  ['F07', () => buildDocument(F07, f07Sample(), f07Meta())],
  ['F08', () => buildDocument(F08, f08Sample(), f08Meta())],
  ['F09', () => buildDocument(F09, f09Sample(), f09Meta())],
];

/** Every part of a package as text, but the creation and change times, which are the time of packing. */
function partsOf(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files).map(([path, data]) => [
      path,
      strFromU8(data).replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1><'),
    ]),
  );
}

/** The entries of a zip as a strict reader sees them (yauzl checks sizes and the central directory). */
function zipEntries(bytes: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, strictFileNames: true, validateEntrySizes: true },
      (err, zip) => {
        if (err || !zip) return reject(err ?? new Error('no zip'));
        const names: string[] = [];
        zip.on('entry', (entry: yauzl.Entry) => {
          zip.openReadStream(entry, (e, stream) => {
            if (e || !stream) return reject(e ?? new Error('no stream'));
            stream.on('data', () => undefined);
            stream.on('end', () => {
              names.push(entry.fileName);
              zip.readEntry();
            });
          });
        });
        zip.on('end', () => resolve(names));
        zip.on('error', reject);
        zip.readEntry();
      },
    );
  });
}

describe('packDocx: the shared parts are built once, and the package is what docx would write', () => {
  it.each(models)('%s: every part equals Packer.toBuffer’s, in both fonts', async (_code, model) => {
    for (const font of ['SimHei', 'SimSun'] as const) {
      // The first document of a kind is packed by docx itself; the later ones reuse its shared parts.
      await renderDocxMany([model()], { font });
      const { doc, shape } = docxDocument([model()], { font });
      const fast = await packDocx(doc, shape);
      const slow = await Packer.toBuffer(doc);
      expect(partsOf(fast)).toEqual(partsOf(slow));
      expect(await zipEntries(fast)).toEqual(Object.keys(unzipSync(slow)));
    }
  });

  it('several documents in one file: each section keeps its own header and footer', async () => {
    const many = () => models.slice(0, 4).map(([, m]) => m());
    await renderDocxMany(many());
    const { doc, shape } = docxDocument(many());
    const fast = partsOf(await packDocx(doc, shape));
    expect(fast).toEqual(partsOf(await Packer.toBuffer(doc)));
    expect(Object.keys(fast).filter((p) => /^word\/header\d+\.xml$/.test(p))).toHaveLength(4);
    // A package of a different length does not take the one-section package's relationships.
    const one = partsOf(await renderDocxMany(many().slice(0, 1)));
    expect(one['word/_rels/document.xml.rels']).not.toEqual(fast['word/_rels/document.xml.rels']);
  });

  it('a document in 宋体 does not take the styles of one in 黑体', async () => {
    const model = models[0]![1];
    await renderDocxMany([model()], { font: 'SimHei' });
    await renderDocxMany([model()], { font: 'SimSun' });
    const hei = partsOf(await renderDocxMany([model()], { font: 'SimHei' }));
    const song = partsOf(await renderDocxMany([model()], { font: 'SimSun' }));
    expect(hei['word/styles.xml']).toContain('SimHei');
    expect(hei['word/styles.xml']).not.toContain('SimSun');
    expect(song['word/styles.xml']).toContain('SimSun');
  });

  it('the title and the text are the document’s own, not the first one’s', async () => {
    const first = partsOf(await renderDocxMany([models[1]![1]()]));
    const second = partsOf(await renderDocxMany([models[2]![1]()]));
    expect(second['docProps/core.xml']).not.toEqual(first['docProps/core.xml']);
    expect(second['word/document.xml']).not.toEqual(first['word/document.xml']);
    expect(second['word/header1.xml']).toContain(
      buildDocument(F03, f03Sample(), f03Meta()).header.left.slice(0, 4),
    );
  });
});
