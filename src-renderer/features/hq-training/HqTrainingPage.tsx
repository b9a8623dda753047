import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconFilterOff } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { officeToday } from '../../app/format';
import { OfficesTable, PeopleTable } from './OfficePeopleTables';
import { TrainingMatrix } from './TrainingMatrix';
import { useTrainingView } from './use-training-view';

interface Filter {
  /** Months as the pickers hold them ('YYYY-MM-01'). */
  from: string;
  to: string;
  region: string | null;
}

const ALL = 'all';

// The last filter, so coming back to the page shows the same figures.
let remembered: Filter | null = null;

function defaultFilter(): Filter {
  return {
    from: dayjs(officeToday()).subtract(5, 'month').format('YYYY-MM-01'),
    to: dayjs(officeToday()).format('YYYY-MM-01'),
    region: null,
  };
}

/**
 * 培训学时: the person-hours of training each region's offices held, month by month, from the
 * training sections of their current bundles; the offices and people of a chosen region below.
 */
export function HqTrainingPage() {
  const [filter, setFilterState] = useState<Filter>(() => remembered ?? defaultFilter());
  const setFilter = (patch: Partial<Filter>) => setFilterState((prev) => ({ ...prev, ...patch }));
  useEffect(() => {
    remembered = filter;
  }, [filter]);
  const view = useTrainingView({
    from: filter.from.slice(0, 7),
    to: filter.to.slice(0, 7),
    ...(filter.region ? { region: filter.region } : {}),
  });
  const region = view?.regions.find((r) => r.code === filter.region);
  const regionName = region ? region.name : (filter.region ?? '');

  return (
    <Stack>
      <Title order={3}>培训学时</Title>
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
          onChange={(v) => setFilter({ region: !v || v === ALL ? null : v })}
          allowDeselect={false}
          w={220}
        />
        <MonthPickerInput
          label="从"
          valueFormat="YYYY年M月"
          value={filter.from}
          maxDate={filter.to}
          onChange={(v) => v && setFilter({ from: v })}
          w={140}
        />
        <MonthPickerInput
          label="到"
          valueFormat="YYYY年M月"
          value={filter.to}
          minDate={filter.from}
          onChange={(v) => v && setFilter({ to: v })}
          w={140}
        />
        {filter.region && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} />}
            onClick={() => setFilter({ region: null })}
          >
            清除筛选
          </Button>
        )}
      </Group>

      {view && (
        <>
          <Paper withBorder p="md" component="section" aria-label="培训学时矩阵">
            <Text fw={600} mb="xs">
              各区域人次学时(按月)
            </Text>
            {view.regions.length === 0 ? (
              <Text c="dimmed">
                所选月份还没有培训数据。各办事处导入月度数据包后,这里按区域显示已举行培训的出席学时。
              </Text>
            ) : (
              <TrainingMatrix
                view={view}
                chosen={filter.region}
                onChoose={(code) => setFilter({ region: code })}
              />
            )}
            <Text size="xs" c="dimmed" mt="xs">
              人次学时 =
              出席(含迟到)人员的培训学时之和;场次与培训学时只计已举行的培训;出席率按各办事处对“请假”的设定计算。点击区域名称查看其办事处和人员。
            </Text>
          </Paper>

          {filter.region ? (
            <>
              <Title order={4}>办事处 · {regionName}</Title>
              <OfficesTable offices={view.offices} />
              <Title order={4}>人员 · {regionName}</Title>
              <PeopleTable people={view.people} />
            </>
          ) : (
            <Text c="dimmed" size="sm">
              选择一个区域,查看其各办事处和人员的培训学时。
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
