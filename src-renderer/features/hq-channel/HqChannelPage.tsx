import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconFilterOff, IconInfoCircle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { officeToday } from '../../app/format';
import { ChannelCasesTable } from './ChannelCasesTable';
import { type CellChoice, ChannelMatrix } from './ChannelMatrix';
import { SanctionsTable } from './SanctionsTable';
import { StopAdviceTable } from './StopAdviceTable';
import { monthLabel, yuanOf } from './channel-format';
import { useChannelView } from './use-channel-view';

interface Filter {
  /** Months as the pickers hold them ('YYYY-MM-01'). */
  from: string;
  to: string;
  region: string | null;
  /** A month narrowed to from the matrix; the list only. */
  month: string | null;
}

const ALL = 'all';

// The last filter, so coming back to the page shows the same cases.
let remembered: Filter | null = null;

function defaultFilter(): Filter {
  return {
    from: dayjs(officeToday()).subtract(5, 'month').format('YYYY-MM-01'),
    to: dayjs(officeToday()).format('YYYY-MM-01'),
    region: null,
    month: null,
  };
}

function Figure({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" c={color}>
        {value}
      </Text>
    </Paper>
  );
}

/**
 * 窜货低价案件: the offices' F11 cases by region and month, a case found in one region with another
 * region's batch under both; the cases with their fines, the sanctions on dealers in force, and
 * the dealers the offices advised stopping for a missing or late 商品流向单.
 */
export function HqChannelPage() {
  const [filter, setFilterState] = useState<Filter>(() => remembered ?? defaultFilter());
  const setFilter = (patch: Partial<Filter>) => setFilterState((prev) => ({ ...prev, ...patch }));
  useEffect(() => {
    remembered = filter;
  }, [filter]);
  const view = useChannelView({
    from: filter.from.slice(0, 7),
    to: filter.to.slice(0, 7),
    ...(filter.region ? { region: filter.region } : {}),
  });

  const cases = (view?.cases ?? []).filter((c) => !filter.month || c.month === filter.month);
  const regionName = (code: string) => view?.regions.find((r) => r.code === code)?.name ?? code;
  const chosen = filter.region && filter.month ? { region: filter.region, month: filter.month } : null;
  const choose = (cell: CellChoice) => setFilter({ region: cell.region, month: cell.month });
  const fines = cases.flatMap((c) => c.fines);
  const sum = (role?: string) =>
    fines.filter((f) => !role || f.role === role).reduce((n, f) => n + f.amountFen, 0);

  return (
    <Stack>
      <Title order={3}>窜货低价案件</Title>
      <Group align="flex-end">
        <Select
          label="区域"
          data={[
            { value: ALL, label: '全部区域' },
            ...(view?.regions ?? []).map((r) => ({
              value: r.code,
              label: r.name === r.code ? r.code : `${r.name}(${r.code})`,
            })),
          ]}
          value={filter.region ?? ALL}
          onChange={(v) => setFilter({ region: !v || v === ALL ? null : v, month: null })}
          allowDeselect={false}
          w={220}
        />
        <MonthPickerInput
          label="从"
          valueFormat="YYYY年M月"
          value={filter.from}
          maxDate={filter.to}
          onChange={(v) => v && setFilter({ from: v, month: null })}
          w={140}
        />
        <MonthPickerInput
          label="到"
          valueFormat="YYYY年M月"
          value={filter.to}
          minDate={filter.from}
          onChange={(v) => v && setFilter({ to: v, month: null })}
          w={140}
        />
        {(filter.region || filter.month) && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} />}
            onClick={() => setFilter({ region: null, month: null })}
          >
            清除筛选
          </Button>
        )}
      </Group>

      {view && (
        <>
          <Paper withBorder p="md" component="section" aria-label="案件矩阵">
            <Text fw={600} mb="xs">
              各区域案件数(按发现月份)
            </Text>
            <ChannelMatrix view={view} chosen={chosen} onChoose={choose} />
            <Text size="xs" c="dimmed" mt="xs">
              发现区域与疑似来源区域不同的案件(跨区)在两个区域各计一次,所以各区域相加可能多于“案件合计”。点击数字只看该区域该月的案件。
            </Text>
          </Paper>

          <Group justify="space-between" align="flex-end">
            <Title order={4}>
              案件
              {filter.region ? ` · ${regionName(filter.region)}` : ' · 全部区域'}
              {filter.month ? ` · ${monthLabel(filter.month)}` : ''}
            </Title>
          </Group>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Figure label="案件" value={`${cases.length} 件`} />
            <Figure
              label="跨区域案件"
              value={`${cases.filter((c) => c.crossRegion).length} 件`}
              color={cases.some((c) => c.crossRegion) ? 'orange.8' : undefined}
            />
            <Figure label="罚款合计(元)" value={yuanOf(sum())} />
            <Figure
              label="其中 当事人 / 直接主管(元)"
              value={`${yuanOf(sum('party'))} / ${yuanOf(sum('supervisor'))}`}
            />
          </SimpleGrid>
          {cases.length === 0 ? (
            <Text c="dimmed">所选范围内没有案件。</Text>
          ) : (
            <ChannelCasesTable cases={cases} />
          )}

          <Title order={4}>在执行的处罚</Title>
          <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} p="xs">
            截至 {view.today}{' '}
            尚未到期的处罚。发布参考数据包时写入经销商名录,各办事处导入后在批号查询中看到停止发货或协议状态;“待下发”的将随下一个参考数据包下发。
          </Alert>
          {view.sanctions.length === 0 ? (
            <Text c="dimmed">没有在执行的处罚。</Text>
          ) : (
            <SanctionsTable sanctions={view.sanctions} />
          )}

          <Title order={4}>建议停止发货</Title>
          <Text size="sm" c="dimmed">
            辐射经营的经销商未按时提交当月商品流向单,各办事处导出月度数据包时列出的名单(所选月份
            {filter.region ? `,${regionName(filter.region)}` : ''})。
          </Text>
          {view.stopAdvice.length === 0 ? (
            <Text c="dimmed">所选范围内没有建议停止发货的经销商。</Text>
          ) : (
            <StopAdviceTable advice={view.stopAdvice} />
          )}
        </>
      )}
    </Stack>
  );
}
