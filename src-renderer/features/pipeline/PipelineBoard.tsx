import { Group, Stack, Text } from '@mantine/core';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { Opportunity, StageDef } from '../../../src-shared/contract';
import { formatYuan } from '../../app/format';
import { OpportunityCard } from './OpportunityCard';
import classes from './PipelineBoard.module.css';
import { neighbourStage, totalsOf } from './stage-order';

interface Props {
  stages: readonly StageDef[];
  rows: readonly Opportunity[];
  onOpen: (id: number) => void;
  onMove: (o: Opportunity, to: StageDef) => void;
  /**
   * The card to focus once the rows arrive (the one just moved, or whose drawer closed), so the
   * keyboard goes on from it; null while a dialog has the focus.
   */
  focus: { id: number } | null;
}

const MOVE_KEYS: Record<string, 1 | -1> = { ArrowRight: 1, ArrowLeft: -1, ']': 1, '[': -1 };

/**
 * 销售看板: a column per stage with its open opportunities. A card moves by dragging it to another
 * column or from the keyboard (Alt+→ / Alt+←, or ] and [); the arrows alone walk between cards.
 */
export function PipelineBoard({ stages, rows, onOpen, onMove, focus }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState<string | null>(null);

  useEffect(() => {
    if (focus === null) return;
    root.current?.querySelector<HTMLElement>(`[data-opportunity-id="${focus.id}"]`)?.focus();
  }, [focus, rows]);

  const focusCard = (column: number, row: number) => {
    const cards = root.current?.querySelectorAll<HTMLElement>(`[data-column="${column}"]`);
    if (cards?.length) cards[Math.min(row, cards.length - 1)]!.focus();
  };

  const keys = (o: Opportunity, column: number, row: number) => (e: KeyboardEvent<HTMLDivElement>) => {
    const step = MOVE_KEYS[e.key];
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(o.id);
    } else if (step && (e.altKey || e.key === '[' || e.key === ']')) {
      e.preventDefault();
      const to = neighbourStage(stages, o.stage, step);
      if (to) onMove(o, to);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusCard(column, Math.max(0, row + (e.key === 'ArrowDown' ? 1 : -1)));
    } else if (step) {
      e.preventDefault();
      // Skips empty columns, so the arrow always lands on a card when there is one that way.
      for (let c = column + step; c >= 0 && c < stages.length; c += step) {
        if (rows.some((r) => r.stage === stages[c]!.key)) return focusCard(c, row);
      }
    }
  };

  const drop = (stage: StageDef, id: string) => {
    setOver(null);
    const o = rows.find((r) => String(r.id) === id);
    if (o && o.stage !== stage.key) onMove(o, stage);
  };

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        键盘操作:Tab 选中卡片,方向键在卡片间移动,Enter 打开;Alt+→ 或 ] 移到下一阶段,Alt+← 或 [
        移到上一阶段。也可以用鼠标把卡片拖到其他阶段。
      </Text>
      <div className={classes.columns} ref={root}>
        {stages.map((s, column) => {
          const cards = rows.filter((r) => r.stage === s.key);
          const t = totalsOf(cards);
          return (
            <section
              key={s.key}
              aria-label={s.name}
              className={classes.column}
              data-over={over === s.key || undefined}
              onDragOver={(e) => {
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                if (over !== s.key) setOver(s.key);
              }}
              onDragLeave={(e) => {
                if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null);
              }}
              onDrop={(e) => {
                e.preventDefault();
                drop(s, e.dataTransfer.getData('text/plain'));
              }}
            >
              <Group justify="space-between" gap={4} wrap="nowrap">
                <Text fw={700}>{s.name}</Text>
                <Text size="xs" c="dimmed">
                  赢单概率 {s.probability}%
                </Text>
              </Group>
              <Text size="xs" c="dimmed" mb="xs">
                {t.count} 个 · {formatYuan(t.amount)} 元{s.limitDays !== null && ` · 限 ${s.limitDays} 天`}
              </Text>
              <Stack gap="xs">
                {cards.map((o, row) => (
                  <OpportunityCard
                    key={o.id}
                    o={o}
                    column={column}
                    row={row}
                    onOpen={() => onOpen(o.id)}
                    onKeyDown={keys(o, column, row)}
                  />
                ))}
              </Stack>
            </section>
          );
        })}
      </div>
    </Stack>
  );
}
