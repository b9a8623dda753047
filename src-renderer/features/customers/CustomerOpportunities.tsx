import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { type Opportunity, OPPORTUNITY_STATUS_LABELS } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { formatYuan } from '../../app/format';

const STATUS_COLORS: Record<Opportunity['status'], string> = { open: 'blue', won: 'green', lost: 'gray' };

/** 商机: the customer's opportunities, open and closed, each opening on the pipeline page. */
export function CustomerOpportunities({ customerId }: { customerId: number }) {
  const navigate = useNavigate();
  const [rows, setRows] = useState<Opportunity[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api('pipeline.list', { customerId, status: 'all' }).then(
      (r) => live && setRows(r),
      (err: Error) => live && setFailed(err.message),
    );
    return () => {
      live = false;
    };
  }, [customerId]);

  if (failed) return <Text c="dimmed">商机暂时无法显示:{failed}</Text>;
  if (!rows) return null;
  if (rows.length === 0) return <Text c="dimmed">这个客户还没有商机。可在“销售流程”中为其新建商机。</Text>;
  return (
    <Table withTableBorder striped aria-label="商机">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>商机</Table.Th>
          <Table.Th>阶段</Table.Th>
          <Table.Th ta="right">预计金额(元)</Table.Th>
          <Table.Th>预计成交</Table.Th>
          <Table.Th>负责人</Table.Th>
          <Table.Th>状态</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((o) => (
          <Table.Tr key={o.id}>
            <Table.Td>
              <Anchor component="button" size="sm" onClick={() => navigate(`/pipeline?open=${o.id}`)}>
                {o.title}
              </Anchor>
            </Table.Td>
            <Table.Td>
              {o.stageName}
              {o.overLimit && o.status === 'open' && (
                <Badge ml={6} size="xs" color="red" variant="light">
                  超期 {o.daysInStage} 天
                </Badge>
              )}
            </Table.Td>
            <Table.Td ta="right">{formatYuan(o.amount)}</Table.Td>
            <Table.Td>{o.expectedClose}</Table.Td>
            <Table.Td>{o.ownerName}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={STATUS_COLORS[o.status]}>
                {OPPORTUNITY_STATUS_LABELS[o.status]}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
