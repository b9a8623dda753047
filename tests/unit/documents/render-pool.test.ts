import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { renderDocxMany } from '../../../src-main/core/documents/render-docx';
import { WorkerPool } from '../../../src-main/core/platform/worker-pool';
import { buildDocument } from '../../../src-shared/documents/build-document';
import { getForm } from '../../../src-shared/domain/forms';
import { openDocx } from '../print/docx-text';
import { f01Data, f01Meta } from './f01-fixture';

const WORKER = join(__dirname, '../../../src-main/core/worker.ts');
const SILENT_WORKER = join(__dirname, '../../helpers/silent-render-worker.ts');

function pool(options: Partial<ConstructorParameters<typeof WorkerPool>[0]> = {}) {
  const p = new WorkerPool({ workerPath: WORKER, execArgv: ['--require', 'tsx/cjs'], size: 2, ...options });
  onTestFinished(() => p.close());
  return p;
}

const model = (visits: number) => {
  const data = f01Data();
  const rows = (data.visits as unknown[]).slice(0, visits);
  return buildDocument(getForm('F01'), { ...data, visits: rows }, f01Meta());
};

describe('the Word render pool', () => {
  it('renders in worker threads the same document the main thread renders, in the order asked', async () => {
    const p = pool();
    const models = [model(1), model(2), model(3), model(1)];
    const rendered = await Promise.all(models.map((m) => p.render([m])));
    for (const [i, bytes] of rendered.entries()) {
      const local = await renderDocxMany([models[i]!]);
      expect(openDocx(bytes).document).toBe(openDocx(local).document);
    }
    // Several sections in one file, as a month of 走访表 is.
    const many = await p.render([model(1), model(2)]);
    expect(openDocx(many).document).toBe(openDocx(await renderDocxMany([model(1), model(2)])).document);
  });

  it('fails a document that cannot be rendered and goes on with the next', async () => {
    const p = pool({ size: 1 });
    const broken = { ...model(1), blocks: null } as unknown as ReturnType<typeof model>;
    await expect(p.render([broken])).rejects.toThrow(/Word 文档生成失败/);
    const after = await p.render([model(2)]);
    expect(openDocx(after).document).toBe(openDocx(await renderDocxMany([model(2)])).document);
  });

  it('stops a worker that never answers and fails the document it had', async () => {
    // A real worker could answer within the limit on a fast machine; this one never does.
    const stuck = pool({ size: 1, taskTimeoutMs: 1, workerPath: SILENT_WORKER });
    await expect(stuck.render([model(3)])).rejects.toThrow(/退出/);
  });

  it('fails the documents when no worker can start, and refuses work once closed', async () => {
    const broken = pool({ workerPath: join(__dirname, 'no-such-worker.ts') });
    await expect(broken.render([model(1)])).rejects.toThrow();
    const p = pool();
    await p.close();
    await expect(p.render([model(1)])).rejects.toThrow(/closed/);
  });
});
