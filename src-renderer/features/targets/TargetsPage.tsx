import { Alert, Button, Group, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { TARGET_METRICS, type OutputOf, type TargetView } from '../../../src-shared/contract';
import { SPLIT_METHODS } from '../../../src-shared/domain/performance/target-split';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { formatInstant, formatYuan, officeToday } from '../../app/format';
import { useSession } from '../../app/session';
import { AdjustTargetModal } from './AdjustTargetModal';
import { SetTargetModal } from './SetTargetModal';

type Year = OutputOf<'targets.year'>;
type Metric = keyof typeof TARGET_METRICS;

/**
 * 销售目标: the region's and each rep's annual target of the year, split into quarters and months,
 * with the gap between the region and the reps' sum, quarterly adjustments and their history.
 */
export function TargetsPage() {
  const { user } = useSession();
  const thisYear = Number(officeToday().slice(0, 4));
  const [year, setYear] = useState(thisYear + (Number(officeToday().slice(5, 7)) >= 11 ? 1 : 0));
  const [metric, setMetric] = useState<Metric>('sales');
  const [data, setData] = useState<Year | null>(null);
  const [setting, setSetting] = useState<{ scope: 'region' | 'rep'; userId?: number } | null>(null);
  const [adjusting, setAdjusting] = useState<TargetView | null>(null);
  const [open, setOpen] = useState<number | null>(null);

  const load = useCallback(() => {
    api('targets.year', { year }).then(setData, notifyError);
  }, [year]);
  useEffect(load, [load]);

  const manager = user.role === 'manager';
  const targets = (data?.targets ?? []).filter((t) => t.metric === metric);
  const gap = data?.gaps.find((g) => g.metric === metric)?.gap ?? null;
  const years = [thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: String(y), label: `${y}年` }));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>销售目标</Title>
        {manager && (
          <Group>
            <Button variant="default" onClick={() => setSetting({ scope: 'region' })}>
              设定区域目标
            </Button>
            <Button onClick={() => setSetting({ scope: 'rep' })}>设定个人目标</Button>
          </Group>
        )}
      </Group>
      <Group>
        <Select
          label="年度"
          data={years}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w={120}
        />
        <SegmentedControl
          mt={24}
          value={metric}
          onChange={(v) => setMetric(v as Metric)}
          data={Object.entries(TARGET_METRICS).map(([value, label]) => ({ value, label }))}
          aria-label="指标"
        />
      </Group>
      {gap !== null && gap !== 0 && (
        <Alert color="yellow" title="区域目标与个人目标合计不一致" role="alert">
          各营销代表的{TARGET_METRICS[metric]}目标合计比区域目标{gap > 0 ? '少' : '多'}{' '}
          {formatYuan(Math.abs(gap))} 元。请调整个人目标,使合计等于区域目标。
        </Alert>
      )}
      {gap === 0 && (
        <Text size="sm" c="green.8">
          各营销代表的{TARGET_METRICS[metric]}目标合计等于区域目标。
        </Text>
      )}
      <Table withTableBorder striped aria-label={`${year}年${TARGET_METRICS[metric]}目标`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>对象</Table.Th>
            <Table.Th ta="right">年度目标(元)</Table.Th>
            {[1, 2, 3, 4].map((q) => (
              <Table.Th key={q} ta="right">
                第{q}季度
              </Table.Th>
            ))}
            <Table.Th>分解方式</Table.Th>
            <Table.Th>版本</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {targets.map((t) => [
            <Table.Tr key={t.id}>
              <Table.Td>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => setOpen(open === t.id ? null : t.id)}
                  aria-expanded={open === t.id}
                >
                  {t.scope === 'region' ? `${t.name}(区域)` : t.name}
                </Button>
              </Table.Td>
              <Table.Td ta="right">{formatYuan(t.annual)}</Table.Td>
              {t.quarters.map((q, i) => (
                <Table.Td key={i} ta="right">
                  {formatYuan(q)}
                </Table.Td>
              ))}
              <Table.Td>{SPLIT_METHODS[t.method]}</Table.Td>
              <Table.Td>第{t.version}版</Table.Td>
              <Table.Td>
                {manager && (
                  <Button size="compact-sm" variant="light" onClick={() => setAdjusting(t)}>
                    季度调整
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>,
            open === t.id && (
              <Table.Tr key={`${t.id}-detail`}>
                <Table.Td colSpan={9}>
                  <TargetDetail target={t} />
                </Table.Td>
              </Table.Tr>
            ),
          ])}
        </Table.Tbody>
      </Table>
      {targets.length === 0 && (
        <Text c="dimmed">
          {year}年还没有设定{TARGET_METRICS[metric]}目标。{manager ? '点“设定区域目标”开始。' : ''}
        </Text>
      )}
      {setting && (
        <SetTargetModal
          year={year}
          metric={metric}
          scope={setting.scope}
          onClose={() => setSetting(null)}
          onSaved={() => {
            setSetting(null);
            load();
          }}
        />
      )}
      {adjusting && (
        <AdjustTargetModal
          target={adjusting}
          onClose={() => setAdjusting(null)}
          onSaved={() => {
            setAdjusting(null);
            load();
          }}
        />
      )}
    </Stack>
  );
}

/** A target's twelve months and its history of settings and adjustments, newest last. */
function TargetDetail({ target }: { target: TargetView }) {
  return (
    <Stack gap="xs">
      <Table withTableBorder aria-label={`${target.name}各月目标`}>
        <Table.Thead>
          <Table.Tr>
            {target.months.map((_, i) => (
              <Table.Th key={i} ta="right">
                {i + 1}月
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            {target.months.map((m, i) => (
              <Table.Td key={i} ta="right">
                {formatYuan(m)}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Table aria-label={`${target.name}目标调整记录`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>版本</Table.Th>
            <Table.Th>内容</Table.Th>
            <Table.Th ta="right">原金额</Table.Th>
            <Table.Th ta="right">新金额</Table.Th>
            <Table.Th>原因</Table.Th>
            <Table.Th>提出人</Table.Th>
            <Table.Th>批准人</Table.Th>
            <Table.Th>时间</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {target.history.map((h) => (
            <Table.Tr key={h.version}>
              <Table.Td>第{h.version}版</Table.Td>
              <Table.Td>{h.quarter === null ? '全年' : `第${h.quarter}季度调整`}</Table.Td>
              <Table.Td ta="right">{h.oldAmount === null ? '—' : formatYuan(h.oldAmount)}</Table.Td>
              <Table.Td ta="right">{formatYuan(h.newAmount)}</Table.Td>
              <Table.Td>{h.reason}</Table.Td>
              <Table.Td>{h.requestedBy}</Table.Td>
              <Table.Td>{h.approvedBy}</Table.Td>
              <Table.Td>{formatInstant(h.at)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
