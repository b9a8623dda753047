import { Alert, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconAlertTriangle, IconFileSpreadsheet, IconSettings, IconTableExport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { OutputOf } from '../../../src-shared/contract';
import { F10_STATE_LABELS, type F10State } from '../../../src-shared/domain/channel';
import { api, deliverFile } from '../../api/client';
import { notifyError } from '../../api/notify';
import { useSession } from '../../app/session';
import { FLOW_PATHS, monthLabel, monthParam } from './flow-paths';

type FlowMonth = OutputOf<'channel.flowMonth'>;
type Dealer = FlowMonth['dealers'][number];

const STATE_COLORS: Record<F10State, string> = {
  on_time: 'green',
  late: 'orange',
  missing: 'red',
  not_due: 'gray',
};

function StateBadge({ d }: { d: Dealer }) {
  if (!d.radiates && d.submittedOn === null)
    return (
      <Badge color="gray" variant="light">
        无须提交
      </Badge>
    );
  return (
    <Badge color={STATE_COLORS[d.state]} variant={d.state === 'missing' ? 'filled' : 'light'}>
      {F10_STATE_LABELS[d.state]}
    </Badge>
  );
}

function CheckBadge({ ok }: { ok: boolean | null }) {
  if (ok === null) return <Text c="dimmed">—</Text>;
  return ok ? (
    <Badge color="green" variant="light">
      相符
    </Badge>
  ) : (
    <Badge color="red" variant="filled">
      有异常
    </Badge>
  );
}

/**
 * 商品流向单, the month: each dealer of the region, whether its F10 came in on time, late or not
 * at all, whether it reconciles, and 建议停止发货 for the radiating dealers that are missing or late.
 */
export function FlowMonthPage() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const month = monthParam(params.get('month'));
  const [data, setData] = useState<FlowMonth | null>(null);
  const [exporting, setExporting] = useState(false);
  const canEnter = user.role === 'manager' || user.role === 'clerk';

  useEffect(() => {
    let live = true;
    setData(null);
    api('channel.flowMonth', { month }).then((d) => live && setData(d), notifyError);
    return () => {
      live = false;
    };
  }, [month]);

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await deliverFile(await api('channel.flowMonthXlsx', { month }));
    } catch (err) {
      notifyError(err, '未能导出');
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Title order={3}>商品流向单</Title>
        <Group>
          {canEnter && (
            <Button
              component={Link}
              to={FLOW_PATHS.import(month)}
              variant="light"
              leftSection={<IconFileSpreadsheet size={16} />}
            >
              从 Excel 导入
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconTableExport size={16} />}
            loading={exporting}
            onClick={() => void exportXlsx()}
          >
            导出对账 Excel
          </Button>
          {user.role === 'manager' && (
            <Button
              component={Link}
              to={FLOW_PATHS.settings}
              variant="subtle"
              leftSection={<IconSettings size={16} />}
            >
              渠道管控设置
            </Button>
          )}
        </Group>
      </Group>
      <Group align="flex-end">
        <MonthPickerInput
          label="流向月份"
          value={`${month}-01`}
          onChange={(v) => v && setParams({ month: String(v).slice(0, 7) })}
          valueFormat="YYYY年M月"
          w={160}
        />
        {data && (
          <Text size="sm" c="dimmed" pb={8}>
            {monthLabel(month)}的商品流向单应于 {data.due} 前提交。
          </Text>
        )}
      </Group>

      {data && data.stopAdvice.length > 0 && (
        <Alert
          color="red"
          variant="filled"
          icon={<IconAlertTriangle />}
          title={`建议停止发货(${data.stopAdvice.length} 家)`}
          role="alert"
          aria-label="建议停止发货"
        >
          <Text size="sm" mb={4}>
            以下经销商的商品流向单缺交或逾期,按制度应停止发货,请区域经理核实处理并报销售部。
          </Text>
          <List size="sm">
            {data.stopAdvice.map((s) => (
              <List.Item key={s.code}>
                <b>
                  {s.name}({s.code})
                </b>
                :{s.reason}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Paper withBorder>
        <Table striped highlightOnHover aria-label={`${monthLabel(month)}各经销商流向单`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>经销商编码</Table.Th>
              <Table.Th>经销商名称</Table.Th>
              <Table.Th>须交流向单</Table.Th>
              <Table.Th>状态</Table.Th>
              <Table.Th>收到日期</Table.Th>
              <Table.Th>对账</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.dealers.map((d) => (
              <Table.Tr key={d.code}>
                <Table.Td>{d.code}</Table.Td>
                <Table.Td>{d.name}</Table.Td>
                <Table.Td>{d.radiates ? '是(辐射外区域)' : '否'}</Table.Td>
                <Table.Td>
                  <StateBadge d={d} />
                </Table.Td>
                <Table.Td>{d.submittedOn ?? ''}</Table.Td>
                <Table.Td>
                  <CheckBadge ok={d.ok} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {(d.submittedOn !== null || canEnter) && (
                      <Button
                        size="compact-sm"
                        variant={d.submittedOn ? 'light' : 'filled'}
                        component={Link}
                        to={FLOW_PATHS.entry(d.code, month)}
                        aria-label={`${d.submittedOn ? '查看' : '录入'} ${d.name} 流向单`}
                      >
                        {d.submittedOn ? '查看' : '录入'}
                      </Button>
                    )}
                    {canEnter && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        component={Link}
                        to={FLOW_PATHS.import(month, d.code)}
                        aria-label={`导入 ${d.name} 流向单`}
                      >
                        导入
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data && data.dealers.length === 0 && (
          <Text c="dimmed" p="md">
            本区域还没有经销商。经销商名录由销售部随参考数据下发,请先导入总部参考数据。
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
