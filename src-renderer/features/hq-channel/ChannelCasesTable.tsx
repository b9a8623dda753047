import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import type { HqChannelCase } from '../../../src-shared/contract';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../src-shared/domain/channel';
import { yuanOf } from './channel-format';

const nowrap = { whiteSpace: 'nowrap' } as const;

const STATUS_COLORS: Record<CaseStatus, string> = {
  registered: 'gray',
  verifying: 'blue',
  confirmed: 'red',
  rejected: 'green',
  closed: 'dark',
};

/**
 * The cases listed, newest found first. A case found in one region with a batch shipped to another
 * is tinted and badged 跨区域: it is listed under both regions.
 */
export function ChannelCasesTable({ cases }: { cases: HqChannelCase[] }) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table striped highlightOnHover aria-label="案件列表" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={nowrap}>发现日期</Table.Th>
            <Table.Th>发现区域/办事处</Table.Th>
            <Table.Th>产品</Table.Th>
            <Table.Th>批号</Table.Th>
            <Table.Th>疑似来源区域/经销商</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th ta="right" style={nowrap}>
              罚款合计(元)
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((c) => (
            <Table.Tr
              key={`${c.officeCode}-${c.caseId}`}
              bg={c.crossRegion ? 'var(--mantine-color-orange-light)' : undefined}
            >
              <Table.Td style={nowrap}>{c.foundOn}</Table.Td>
              <Table.Td>
                <Text size="sm">{c.regionName}</Text>
                <Text size="xs" c="dimmed">
                  {c.officeName} · 案件第 {c.caseId} 号
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.productName || c.productCode}</Text>
                {c.productName && (
                  <Text size="xs" c="dimmed">
                    {c.productCode}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={nowrap}>{c.batchNo}</Table.Td>
              <Table.Td>
                {c.sourceRegionCode ? (
                  <>
                    <Text size="sm">
                      {c.sourceRegionName}
                      {c.crossRegion && (
                        <Badge ml={6} size="sm" color="orange" variant="filled">
                          跨区域
                        </Badge>
                      )}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {c.sourceDealerName || c.sourceDealerCode || '经销商未确定'}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    未查到
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLORS[c.status]}>
                  {CASE_STATUS_LABELS[c.status]}
                </Badge>
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {c.fineTotalFen > 0 ? yuanOf(c.fineTotalFen) : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
