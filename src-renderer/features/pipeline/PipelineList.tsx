import {
  Badge,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  type InputOf,
  OPPORTUNITY_STATUS_LABELS,
  type Opportunity,
  type StageDef,
} from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { formatYuan } from '../../app/format';
import { useSession } from '../../app/session';
import { daysInStageText, totalsOf } from './stage-order';
import { useOwners } from './use-owners';

type Status = NonNullable<InputOf<'pipeline.list'>['status']>;
const STATUS_OPTIONS: { value: Status; label: string }[] = [
  { value: 'open', label: '进行中' },
  { value: 'won', label: '赢单' },
  { value: 'lost', label: '丢单' },
  { value: 'all', label: '全部' },
];

interface Props {
  stages: readonly StageDef[];
  onOpen: (id: number) => void;
  /** Changes whenever an opportunity changed elsewhere, so the list loads again. */
  version: number;
}

/** 商机列表: every opportunity by status, stage, owner, expected month, over the limit or text; with totals. */
export function PipelineList({ stages, onOpen, version }: Props) {
  const { user } = useSession();
  const owners = useOwners(user.role !== 'rep');
  const [status, setStatus] = useState<Status>('open');
  const [stage, setStage] = useState<string | null>(null);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  const [overLimit, setOverLimit] = useState(false);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 250);
  const [rows, setRows] = useState<Opportunity[] | null>(null);

  useEffect(() => {
    let live = true;
    api('pipeline.list', {
      status,
      query: debounced,
      ...(stage ? { stage } : {}),
      ...(ownerId ? { ownerId: Number(ownerId) } : {}),
      ...(month ? { expectedMonth: month.slice(0, 7) } : {}),
      ...(overLimit ? { overLimit: true } : {}),
    }).then((r) => live && setRows(r), notifyError);
    return () => {
      live = false;
    };
  }, [status, stage, ownerId, month, overLimit, debounced, version]);

  const t = totalsOf(rows ?? []);
  return (
    <Stack>
      <Group align="flex-end">
        <SegmentedControl
          aria-label="状态"
          data={STATUS_OPTIONS}
          value={status}
          onChange={(v) => setStatus(v as Status)}
        />
        <Select
          aria-label="阶段"
          placeholder="全部阶段"
          clearable
          data={stages.map((s) => ({ value: s.key, label: s.name }))}
          value={stage}
          onChange={setStage}
          w={140}
        />
        {user.role !== 'rep' && (
          <Select
            aria-label="负责人"
            placeholder="全部负责人"
            clearable
            searchable
            data={owners}
            value={ownerId}
            onChange={setOwnerId}
            w={140}
          />
        )}
        <MonthPickerInput
          aria-label="预计成交月份"
          placeholder="预计成交月份"
          clearable
          valueFormat="YYYY年M月"
          value={month}
          onChange={setMonth}
          w={160}
        />
        <Checkbox
          label="只看超期"
          checked={overLimit}
          onChange={(e) => setOverLimit(e.currentTarget.checked)}
        />
        <TextInput
          aria-label="搜索商机"
          placeholder="客户、商机内容或产品线"
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={220}
        />
      </Group>
      <Text size="sm" aria-label="合计" fw={500}>
        共 {t.count} 个商机 · 预计金额 {formatYuan(t.amount)} 元 · 加权金额 {formatYuan(t.weighted)} 元
      </Text>
      <Table striped highlightOnHover withTableBorder aria-label="商机列表">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>客户</Table.Th>
            <Table.Th>商机内容</Table.Th>
            <Table.Th>产品线</Table.Th>
            <Table.Th>阶段</Table.Th>
            <Table.Th ta="right">预计金额(元)</Table.Th>
            <Table.Th ta="right">赢单概率</Table.Th>
            <Table.Th>负责人</Table.Th>
            <Table.Th>预计成交</Table.Th>
            <Table.Th>停留</Table.Th>
            <Table.Th>状态</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rows ?? []).map((o) => (
            <Table.Tr
              key={o.id}
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => onOpen(o.id)}
              onKeyDown={(e) => e.key === 'Enter' && onOpen(o.id)}
            >
              <Table.Td>{o.customerName}</Table.Td>
              <Table.Td>{o.title}</Table.Td>
              <Table.Td>{o.productLine}</Table.Td>
              <Table.Td>{o.stageName}</Table.Td>
              <Table.Td ta="right">{formatYuan(o.amount)}</Table.Td>
              <Table.Td ta="right">{o.probability}%</Table.Td>
              <Table.Td>{o.ownerName}</Table.Td>
              <Table.Td>{o.expectedClose}</Table.Td>
              <Table.Td>
                {o.overLimit ? (
                  <Badge color="red" size="sm">
                    {daysInStageText(o)}
                  </Badge>
                ) : (
                  daysInStageText(o)
                )}
              </Table.Td>
              <Table.Td>{OPPORTUNITY_STATUS_LABELS[o.status]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows?.length === 0 && <Text c="dimmed">没有符合条件的商机。</Text>}
    </Stack>
  );
}
