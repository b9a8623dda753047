import { Badge, Button, Group, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconBarcode, IconFilePlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ChannelCase } from '../../../src-shared/contract/channel';
import { CASE_STATUSES, type CaseStatus } from '../../../src-shared/domain/channel';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { CASE_STATUS_COLORS, CASE_STATUS_LABELS, yuanText } from './case-labels';
import { CaseFormModal } from './CaseFormModal';

type Filter = CaseStatus | 'all';
const FILTERS = [
  { value: 'all', label: '全部' },
  ...CASE_STATUSES.map((s) => ({ value: s, label: CASE_STATUS_LABELS[s] })),
];

/** 窜货低价案件: the office's F11 cases, newest first, filtered by status. */
export function CasesPage() {
  const navigate = useNavigate();
  const [status, setStatus] = useState<Filter>('all');
  const [cases, setCases] = useState<ChannelCase[] | null>(null);
  const [registering, setRegistering] = useState(false);

  useEffect(() => {
    let live = true;
    api('channel.cases', { status }).then(
      (c) => live && setCases(c),
      (err: unknown) => {
        if (!live) return;
        setCases([]);
        notifyError(err, '案件列表未能打开');
      },
    );
    return () => {
      live = false;
    };
  }, [status]);

  const open = (c: ChannelCase) => navigate(`/channel/cases/${c.id}`);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>窜货低价案件</Title>
        <Group gap="xs">
          <Group gap={4} c="dimmed">
            <IconBarcode size={16} />
            <Text size="sm">按 F2 查询批号/箱码</Text>
          </Group>
          <Button leftSection={<IconFilePlus size={16} />} onClick={() => setRegistering(true)}>
            登记举报
          </Button>
        </Group>
      </Group>
      <SegmentedControl
        w="fit-content"
        aria-label="按状态筛选"
        data={FILTERS}
        value={status}
        onChange={(v) => setStatus(v as Filter)}
      />
      {cases === null ? (
        <Loader />
      ) : cases.length === 0 ? (
        <Text c="dimmed">
          {status === 'all' ? '还没有登记过案件。' : `没有“${CASE_STATUS_LABELS[status]}”的案件。`}
        </Text>
      ) : (
        <Table striped highlightOnHover aria-label="案件列表">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>编号</Table.Th>
              <Table.Th>发现日期</Table.Th>
              <Table.Th>产品</Table.Th>
              <Table.Th>批号</Table.Th>
              <Table.Th>地点</Table.Th>
              <Table.Th ta="right">数量</Table.Th>
              <Table.Th ta="right">售价</Table.Th>
              <Table.Th ta="right">规定价</Table.Th>
              <Table.Th>疑似来源</Table.Th>
              <Table.Th>状态</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cases.map((c) => (
              <Table.Tr
                key={c.id}
                tabIndex={0}
                style={{ cursor: 'pointer' }}
                onClick={() => open(c)}
                onKeyDown={(e) => e.key === 'Enter' && open(c)}
              >
                <Table.Td>{c.id}</Table.Td>
                <Table.Td>{c.foundOn}</Table.Td>
                <Table.Td>{c.productName}</Table.Td>
                <Table.Td>{c.batchNo}</Table.Td>
                <Table.Td>{c.place}</Table.Td>
                <Table.Td ta="right">{c.quantity}</Table.Td>
                <Table.Td ta="right" c={c.belowList ? 'red' : undefined}>
                  {yuanText(c.salePriceFen)}
                </Table.Td>
                <Table.Td ta="right">{yuanText(c.listPriceFen)}</Table.Td>
                <Table.Td>
                  {c.sourceDealerName ? `${c.sourceDealerName}(${c.sourceRegionCode})` : '未能确定'}
                </Table.Td>
                <Table.Td>
                  <Badge color={CASE_STATUS_COLORS[c.status]}>{CASE_STATUS_LABELS[c.status]}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {registering && (
        <CaseFormModal
          onClose={() => setRegistering(false)}
          onSaved={(d) => {
            setRegistering(false);
            navigate(`/channel/cases/${d.case.id}`);
          }}
        />
      )}
    </Stack>
  );
}
