import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconFileImport, IconTableExport } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { FORM_CODES, type FormCode, getForm } from '../../../src-shared/domain/forms';
import { officeToday } from '../../app/format';
import { api, deliverFile } from '../../api/client';
import { MatrixTable } from './MatrixTable';
import { useApi, useBusyAction } from './use-api';

interface Filter {
  /** Months as the pickers hold them ('YYYY-MM-01'). */
  from: string;
  to: string;
  formCode: FormCode | null;
}

const ALL = 'all';
const FORM_OPTIONS = [
  { value: ALL, label: '全部报表' },
  ...FORM_CODES.map((c) => ({ value: c, label: `${getForm(c).title}（${c}）` })),
];

// The last filter, so coming back from a bundle shows the same months.
let remembered: Filter | null = null;

function defaultFilter(): Filter {
  return {
    from: dayjs(officeToday()).subtract(5, 'month').format('YYYY-MM-01'),
    to: dayjs(officeToday()).format('YYYY-MM-01'),
    formCode: null,
  };
}

/** 各区域报送汇总: every region's months, what arrived, on time or late, and what is missing. */
export function MatrixPage() {
  const [filter, setFilterState] = useState<Filter>(() => remembered ?? defaultFilter());
  const setFilter = (patch: Partial<Filter>) => setFilterState((prev) => ({ ...prev, ...patch }));
  useEffect(() => {
    remembered = filter;
  }, [filter]);
  const input = { from: filter.from.slice(0, 7), to: filter.to.slice(0, 7), formCode: filter.formCode };
  const { data: matrix } = useApi('hq.matrix', input);
  const exporting = useBusyAction<'export'>();

  const exportExcel = () =>
    exporting.run('export', async () => deliverFile(await api('hq.matrix.export', input)), '未能导出');

  return (
    <Stack>
      <Title order={3}>各区域报送汇总</Title>
      <Group align="flex-end">
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
        <Select
          label="报表"
          data={FORM_OPTIONS}
          value={filter.formCode ?? ALL}
          onChange={(v) => setFilter({ formCode: !v || v === ALL ? null : (v as FormCode) })}
          allowDeselect={false}
          w={240}
        />
        <Button
          variant="default"
          leftSection={<IconTableExport size={16} />}
          loading={exporting.busy === 'export'}
          onClick={() => void exportExcel()}
        >
          导出 Excel
        </Button>
      </Group>
      {matrix &&
        (matrix.regions.length ? (
          <MatrixTable matrix={matrix} />
        ) : (
          <Paper withBorder p="xl">
            <Stack align="center" gap="sm">
              <Text c="dimmed">还没有导入任何办事处的数据包。</Text>
              <Button component={Link} to="/import" leftSection={<IconFileImport size={16} />}>
                去导入数据包
              </Button>
            </Stack>
          </Paper>
        ))}
    </Stack>
  );
}
