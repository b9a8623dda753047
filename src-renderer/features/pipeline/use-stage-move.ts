import { useCallback, useState } from 'react';
import type { Opportunity, OpportunityDetail, StageDef } from '../../../src-shared/contract';
import { api, ApiCallError, errorMessage } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';

/** A move the SOP gate refused: what was asked and the API's sentence naming what is missing. */
export interface Refusal {
  opportunity: Pick<Opportunity, 'id' | 'customerName' | 'title' | 'stageName'>;
  to: StageDef;
  message: string;
}

/** A gate says no with INVALID_STATE or CONFLICT; anything else is an ordinary failure. */
function isGateRefusal(err: unknown): boolean {
  return err instanceof ApiCallError && (err.error.code === 'INVALID_STATE' || err.error.code === 'CONFLICT');
}

/**
 * Moves an opportunity to another stage. A refused gate is kept as `refusal` for the gate dialog
 * (which may override it with a reason); other failures are notified.
 */
export function useStageMove(onMoved: (detail: OpportunityDetail) => void) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const move = useCallback(
    async (o: Refusal['opportunity'], to: StageDef) => {
      try {
        const detail = await api('pipeline.move', { id: o.id, toStage: to.key });
        notifyOk(`“${o.customerName} · ${o.title}”已移到“${to.name}”。`);
        onMoved(detail);
      } catch (err) {
        if (isGateRefusal(err)) setRefusal({ opportunity: o, to, message: errorMessage(err) });
        else notifyError(err, '未能移动商机');
      }
    },
    [onMoved],
  );

  /** The manager's override: the same move with the reason, which the history keeps. Throws on failure. */
  const override = useCallback(
    async (r: Refusal, overrideReason: string) => {
      const detail = await api('pipeline.move', { id: r.opportunity.id, toStage: r.to.key, overrideReason });
      setRefusal(null);
      notifyOk(`已越过检查,将“${r.opportunity.customerName} · ${r.opportunity.title}”移到“${r.to.name}”。`);
      onMoved(detail);
    },
    [onMoved],
  );

  return { refusal, move, override, dismiss: () => setRefusal(null) };
}
