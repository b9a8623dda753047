import { type DocxRenderer, inProcessRenderer } from '../../src-main/core/platform/worker-pool';

/** The in-process renderer, counting the documents it is asked for. */
export function countingRenderer(): DocxRenderer & { calls: number } {
  return {
    calls: 0,
    parallelism: 1,
    render(models) {
      this.calls++;
      return inProcessRenderer.render(models);
    },
    close: () => Promise.resolve(),
  };
}
