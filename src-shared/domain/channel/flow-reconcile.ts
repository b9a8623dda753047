/** What was shipped to a dealer of one product batch (from head office's shipment records). */
export interface ShippedBatch {
  productCode: string;
  batchNo: string;
  quantity: number;
}

/** One line of a dealer's 商品流向单 (F10). */
export interface FlowLine {
  productCode: string;
  batchNo: string;
  quantity: number;
  buyerName: string;
  /** The buyer's region code. */
  buyerRegion: string;
}

export interface BatchCheck {
  productCode: string;
  batchNo: string;
  shipped: number;
  flowed: number;
  /** Flowed more than was ever shipped to this dealer: goods from elsewhere, i.e. 窜货. */
  over: boolean;
  /** No shipment of this batch to this dealer at all. */
  unknown: boolean;
}

export interface FlowReconciliation {
  batches: BatchCheck[];
  /** Indexes (0-based) of lines whose buyer is outside the dealer's permitted region. */
  outOfRegion: number[];
  ok: boolean;
}

const key = (productCode: string, batchNo: string) => `${productCode}\u0000${batchNo}`;

/**
 * Checks an F10 per batch: what flowed may not exceed what was shipped to the dealer of that
 * batch, and every buyer outside the dealer's permitted region is flagged.
 */
export function reconcileFlow(input: {
  dealerRegion: string;
  shipped: readonly ShippedBatch[];
  lines: readonly FlowLine[];
  /** What the dealer's earlier F10s already flowed of each batch: a batch is sold on only once. */
  priorFlowed?: readonly ShippedBatch[];
}): FlowReconciliation {
  const byBatch = new Map<string, BatchCheck>();
  for (const s of input.shipped) {
    const k = key(s.productCode, s.batchNo);
    const b = byBatch.get(k) ?? {
      productCode: s.productCode,
      batchNo: s.batchNo,
      shipped: 0,
      flowed: 0,
      over: false,
      unknown: false,
    };
    b.shipped += s.quantity;
    byBatch.set(k, b);
  }
  const flowedKeys = new Set<string>();
  const flow = (l: ShippedBatch) => {
    const k = key(l.productCode, l.batchNo);
    const b = byBatch.get(k) ?? {
      productCode: l.productCode,
      batchNo: l.batchNo,
      shipped: 0,
      flowed: 0,
      over: false,
      unknown: true,
    };
    b.flowed += l.quantity;
    byBatch.set(k, b);
  };
  for (const p of input.priorFlowed ?? []) flow(p);
  input.lines.forEach((l) => {
    flowedKeys.add(key(l.productCode, l.batchNo));
    flow(l);
  });
  // Only the batches the document speaks of: a batch shipped but not yet sold on is no finding.
  const batches = [...byBatch.entries()]
    .filter(([k]) => flowedKeys.has(k))
    .map(([, b]) => ({ ...b, over: b.flowed > b.shipped }));
  const outOfRegion = input.lines.flatMap((l, i) => (l.buyerRegion !== input.dealerRegion ? [i] : []));
  return { batches, outOfRegion, ok: batches.every((b) => !b.over) && outOfRegion.length === 0 };
}
