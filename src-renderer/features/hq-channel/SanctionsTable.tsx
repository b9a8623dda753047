import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import type { HqSanction } from '../../../src-shared/contract';
import { SANCTION_LABELS } from '../../../src-shared/domain/channel';

const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * 在执行的处罚: sanctions whose last day has not passed, and whether the dealer list has sent them
 * to the offices (待下发 goes out with the next reference bundle).
 */
export function SanctionsTable({ sanctions }: { sanctions: HqSanction[] }) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table striped aria-label="在执行的处罚" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>经销商</Table.Th>
            <Table.Th>处罚</Table.Th>
            <Table.Th style={nowrap}>起止日期</Table.Th>
            <Table.Th>案件</Table.Th>
            <Table.Th>原因</Table.Th>
            <Table.Th>参考数据</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sanctions.map((s) => (
            <Table.Tr key={`${s.officeCode}-${s.caseId ?? ''}-${s.dealerCode}-${s.kind}-${s.fromDay}`}>
              <Table.Td>
                <Text size="sm">{s.dealerName || s.dealerCode}</Text>
                <Text size="xs" c="dimmed">
                  {s.dealerCode}
                  {s.dealerRegionCode ? ` · ${s.dealerRegionCode}` : ' · 不在经销商名录'}
                </Text>
              </Table.Td>
              <Table.Td style={nowrap}>
                <Badge color="red" variant="light">
                  {SANCTION_LABELS[s.kind]}
                </Badge>
                {!s.started && (
                  <Text size="xs" c="dimmed">
                    尚未开始
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={nowrap}>
                {s.fromDay} 起{s.toDay ? ` 至 ${s.toDay}` : ',无截止日'}
              </Table.Td>
              <Table.Td style={nowrap}>
                {s.officeName}
                {s.caseId !== null && ` · 案件第 ${s.caseId} 号`}
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} title={s.reason}>
                  {s.reason}
                </Text>
              </Table.Td>
              <Table.Td style={nowrap}>
                <Badge color={s.sentDown ? 'green' : 'orange'} variant="light">
                  {s.sentDown ? '已下发' : '待下发'}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
