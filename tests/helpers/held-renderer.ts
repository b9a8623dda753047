import type { DocModel } from '../../src-shared/documents/doc-model';
import { type DocxRenderer, inProcessRenderer } from '../../src-main/core/platform/worker-pool';

/** A render the core has asked for and that waits for the test. */
export interface HeldRender {
  models: DocModel[];
  /** Renders the document for real and hands it to the core. */
  release(): void;
}

/**
 * A renderer for the core whose every document waits until the test releases it, one at a time,
 * so a test can look at a background job in the middle of its work for as long as it likes,
 * however fast or loaded the machine is.
 */
export class HeldRenderer implements DocxRenderer {
  readonly parallelism = 1;
  /** How many documents the core has asked for so far. */
  calls = 0;
  private readonly held: HeldRender[] = [];
  private readonly waiting: ((render: HeldRender) => void)[] = [];

  render(models: DocModel[]): Promise<Buffer> {
    this.calls += 1;
    return new Promise((resolve, reject) => {
      const render: HeldRender = {
        models,
        release: () => void inProcessRenderer.render(models).then(resolve, reject),
      };
      const waiter = this.waiting.shift();
      if (waiter) waiter(render);
      else this.held.push(render);
    });
  }

  /** The next document the core asks for, once it has asked. */
  next(): Promise<HeldRender> {
    const render = this.held.shift();
    if (render) return Promise.resolve(render);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** How many documents are waiting for the test right now. */
  get pending(): number {
    return this.held.length;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
