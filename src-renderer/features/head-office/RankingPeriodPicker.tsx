import { ActionIcon, Group, SegmentedControl, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { RANKING_PERIODS, type RankingPeriod, rankingLabel } from '../../../src-shared/contract';
import { shiftPeriod } from '../../../src-shared/domain/periods';

/** The period shown, held as its kind and a month inside it, so 月/季/年 keep to the same time. */
export interface RankingChoice {
  period: RankingPeriod;
  /** YYYY-MM */
  month: string;
}

const STEP: Record<RankingPeriod, number> = { month: 1, quarter: 3, year: 12 };

/** The API's key of the period that holds the chosen month: 2026-11, 2026-Q4 or 2026. */
export function rankingKey({ period, month }: RankingChoice): string {
  if (period === 'month') return month;
  if (period === 'year') return month.slice(0, 4);
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

/**
 * 月/季/年 and the period itself, stepped back and forth by its buttons or by PageUp and PageDown
 * wherever the focus is in the picker; the kind is a radio group the arrow keys move through.
 */
export function RankingPeriodPicker({
  value,
  latestMonth,
  onChange,
}: {
  value: RankingChoice;
  /** No period after the one holding this month is offered. */
  latestMonth: string;
  onChange: (next: RankingChoice) => void;
}) {
  const step = (n: number) => {
    const month = shiftPeriod('month', value.month, n * STEP[value.period]);
    onChange({ ...value, month: month > latestMonth ? latestMonth : month });
  };
  const atLatest = rankingKey(value) === rankingKey({ ...value, month: latestMonth });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'PageUp') step(-1);
    else if (e.key === 'PageDown' && !atLatest) step(1);
    else return;
    e.preventDefault();
  };
  return (
    <Group gap="sm" onKeyDown={onKeyDown} role="group" aria-label="排名期间">
      <SegmentedControl
        aria-label="期间类型"
        value={value.period}
        onChange={(v) => onChange({ ...value, period: v as RankingPeriod })}
        data={(Object.keys(RANKING_PERIODS) as RankingPeriod[]).map((p) => ({
          value: p,
          label: RANKING_PERIODS[p],
        }))}
      />
      <ActionIcon
        variant="default"
        size="lg"
        aria-label="上一期"
        title="上一期（PageUp）"
        onClick={() => step(-1)}
      >
        <IconChevronLeft size={18} />
      </ActionIcon>
      <Text fw={600} miw={120} ta="center" aria-live="polite" aria-label="当前期间">
        {rankingLabel(value.period, rankingKey(value))}
      </Text>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label="下一期"
        title="下一期（PageDown）"
        disabled={atLatest}
        onClick={() => step(1)}
      >
        <IconChevronRight size={18} />
      </ActionIcon>
    </Group>
  );
}
