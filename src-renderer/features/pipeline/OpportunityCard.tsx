import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import type { Opportunity } from '../../../src-shared/contract';
import { formatYuan } from '../../app/format';
import classes from './PipelineBoard.module.css';
import { daysInStageText } from './stage-order';

interface Props {
  o: Opportunity;
  column: number;
  row: number;
  onOpen: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
}

/**
 * One opportunity on the board. It is a focusable button so the board works from the keyboard as
 * well as by dragging; the board gives it its keys.
 */
export function OpportunityCard({ o, column, row, onOpen, onKeyDown }: Props) {
  return (
    <Paper
      withBorder
      p="xs"
      className={classes.card}
      role="button"
      tabIndex={0}
      aria-roledescription="商机卡片"
      aria-label={`${o.customerName} ${o.title}`}
      data-opportunity-id={o.id}
      data-column={column}
      data-row={row}
      data-over-limit={o.overLimit || undefined}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', String(o.id));
        e.dataTransfer.effectAllowed = 'move';
      }}
      onClick={onOpen}
      onKeyDown={onKeyDown}
    >
      <Stack gap={4}>
        <Text fw={600} size="sm" lineClamp={1} title={o.customerName}>
          {o.customerName}
        </Text>
        <Text size="sm" lineClamp={2}>
          {o.title}
        </Text>
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Text size="sm" fw={500}>
            {formatYuan(o.amount)} 元
          </Text>
          <Text size="xs" c="dimmed">
            {o.ownerName}
          </Text>
        </Group>
        <Group justify="space-between" gap={4}>
          <Badge
            size="sm"
            color={o.overLimit ? 'red' : 'gray'}
            variant={o.overLimit ? 'filled' : 'light'}
            title={daysInStageText(o)}
          >
            {o.overLimit ? `超期 · 已 ${o.daysInStage} 天` : `已 ${o.daysInStage} 天`}
          </Badge>
          <Text size="xs" c="dimmed">
            预计 {o.expectedClose}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
