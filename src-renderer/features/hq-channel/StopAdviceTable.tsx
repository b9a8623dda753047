import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import type { HqStopAdvice } from '../../../src-shared/contract';
import { F10_STATE_LABELS } from '../../../src-shared/domain/channel';
import { monthLabel } from './channel-format';

const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * 建议停止发货: radiating dealers whose 商品流向单 of a month an office had not received by the due
 * day, or received late, as each office's bundle of that month gave it.
 */
export function StopAdviceTable({ advice }: { advice: HqStopAdvice[] }) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table striped aria-label="建议停止发货" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>区域/办事处</Table.Th>
            <Table.Th style={nowrap}>月份</Table.Th>
            <Table.Th>经销商</Table.Th>
            <Table.Th>原因</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {advice.map((a) => (
            <Table.Tr key={`${a.officeCode}-${a.month}-${a.dealerCode}`}>
              <Table.Td>
                <Text size="sm">{a.regionName}</Text>
                <Text size="xs" c="dimmed">
                  {a.officeName} · {a.officeCode}
                </Text>
              </Table.Td>
              <Table.Td style={nowrap}>{monthLabel(a.month)}</Table.Td>
              <Table.Td>
                <Text size="sm">{a.dealerName || a.dealerCode}</Text>
                <Text size="xs" c="dimmed">
                  {a.dealerCode}
                  {a.dealerRegionCode && a.dealerRegionCode !== a.regionCode
                    ? ` · ${a.dealerRegionCode}`
                    : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={a.reason === 'missing' ? 'red' : 'orange'} variant="light">
                  商品流向单{F10_STATE_LABELS[a.reason]}
                </Badge>
                <Text size="xs" c="dimmed">
                  {a.reason === 'late' ? `${a.submittedOn ?? ''} 收到,` : ''}应于 {a.dueOn} 前提交
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
