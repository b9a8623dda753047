import dayjs from 'dayjs';
import type { Kysely } from 'kysely';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import type { DB } from '../../db/database';
import type { PaperStore } from '../../documents/paper-store';
import { plannedModels } from './bundle-documents';
import { bundleDocuments } from './bundle-export';
import { planMonth } from './month-plan';

export interface PaperWarmerDeps {
  /** The live database (a restore replaces it). */
  db(): Kysely<DB>;
  paper: PaperStore;
  now(): Date;
  /** Quiet time after the last approval before rendering starts; null never renders ahead. */
  delayMs: number | null;
  onError(err: unknown): void;
}

/**
 * Renders the documents of the months an office is about to send (this month and the last) in the
 * background, a while after reports are approved, one document at a time: when the manager exports,
 * the bundle's documents are in the paper store already and the export only collects them.
 */
export class PaperWarmer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly deps: PaperWarmerDeps) {}

  /** Reports were approved: render what is missing once approvals have paused. */
  changed(): void {
    if (this.closed || this.deps.delayMs === null) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.running.then(() => this.warmOpenMonths().then(() => undefined, this.deps.onError));
    }, this.deps.delayMs);
    this.timer.unref();
  }

  /** The last month and this one, in office time. */
  async warmOpenMonths(): Promise<number> {
    const thisMonth = officeDay(this.deps.now()).slice(0, 7);
    const lastMonth = dayjs(`${thisMonth}-01`).subtract(1, 'month').format('YYYY-MM');
    return (await this.warm(lastMonth)) + (await this.warm(thisMonth));
  }

  /** Renders the month's bundle documents missing from the store; returns how many it rendered. */
  async warm(month: string): Promise<number> {
    if (this.closed) return 0;
    let plan;
    try {
      plan = await planMonth(this.deps.db(), month, this.deps.now());
    } catch (err) {
      // Not set up yet, or a head office: nothing to send, nothing to render.
      if (err instanceof ApiError) return 0;
      throw err;
    }
    let rendered = 0;
    for (const doc of bundleDocuments(plan)) {
      // A document's models are built and hashed on this thread: one at a time, answering between.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.closed) break;
      const models = plannedModels(doc, plan.office, month);
      if (this.deps.paper.has(models)) continue;
      await this.deps.paper.get(models);
      rendered++;
    }
    return rendered;
  }

  /** Waits for a warm-up already running (tests, and closing). */
  idle(): Promise<void> {
    return this.running;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
