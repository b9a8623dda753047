import { Alert, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { FlowDetail } from '../../../src-shared/contract/channel';

const batchFinding = (b: FlowDetail['batches'][number]) =>
  b.unknown ? '未向该经销商发过此批号' : b.over ? `流向超出发货 ${b.flowed - b.shipped}` : '相符';

/**
 * 流向对账 of a stored F10: per batch, what the dealer has flowed (this and earlier months) against
 * what was shipped to it; every line whose buyer lies outside the dealer's region is marked red.
 */
export function FlowReconciliation({ flow }: { flow: FlowDetail }) {
  const outside = flow.lines.filter((l) => l.outOfRegion);
  const overBatches = flow.batches.filter((b) => b.over);
  return (
    <Paper withBorder p="md" component="section" aria-label="流向对账">
      <Stack gap="sm">
        <Title order={4}>流向对账</Title>
        {flow.ok ? (
          <Alert color="green" title="对账相符">
            各批号流向数量均未超过发货数量,购货单位均在 {flow.dealerRegion} 区域内。
          </Alert>
        ) : (
          <Alert color="red" title="对账有异常" role="alert">
            {overBatches.length > 0 && (
              <Text size="sm">
                {overBatches.length} 个批号流向数量超过发货数量(可能有外区域窜入的货),请核实来源。
              </Text>
            )}
            {outside.length > 0 && (
              <Text size="sm">
                {outside.length} 行购货单位不在 {flow.dealerRegion} 区域,请核实是否窜货。
              </Text>
            )}
          </Alert>
        )}
        {!flow.onTime && (
          <Alert color="orange" title="逾期提交">
            收到日期 {flow.submittedOn},应于 {flow.due} 前提交。
          </Alert>
        )}
        <Table withTableBorder aria-label="批号对账">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>产品编码</Table.Th>
              <Table.Th>批号</Table.Th>
              <Table.Th ta="right">发货数量</Table.Th>
              <Table.Th ta="right">累计流向</Table.Th>
              <Table.Th>结果</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {flow.batches.map((b) => {
              const bad = b.over || b.unknown;
              return (
                <Table.Tr
                  key={`${b.productCode}/${b.batchNo}`}
                  bg={bad ? 'var(--mantine-color-red-0)' : undefined}
                  data-finding={bad || undefined}
                >
                  <Table.Td>{b.productCode}</Table.Td>
                  <Table.Td>{b.batchNo}</Table.Td>
                  <Table.Td ta="right">{b.shipped}</Table.Td>
                  <Table.Td ta="right" c={bad ? 'red.8' : undefined} fw={bad ? 700 : undefined}>
                    {b.flowed}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={bad ? 'red' : 'green'} variant={bad ? 'filled' : 'light'}>
                      {batchFinding(b)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Table withTableBorder aria-label="购货单位区域">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>行</Table.Th>
              <Table.Th>销售日期</Table.Th>
              <Table.Th>产品编码</Table.Th>
              <Table.Th>批号</Table.Th>
              <Table.Th ta="right">数量</Table.Th>
              <Table.Th>购货单位</Table.Th>
              <Table.Th>所在区域</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {flow.lines.map((l) => (
              <Table.Tr
                key={l.lineNo}
                bg={l.outOfRegion ? 'var(--mantine-color-red-0)' : undefined}
                data-finding={l.outOfRegion || undefined}
              >
                <Table.Td>{l.lineNo}</Table.Td>
                <Table.Td>{l.saleDate}</Table.Td>
                <Table.Td>{l.productCode}</Table.Td>
                <Table.Td>{l.batchNo}</Table.Td>
                <Table.Td ta="right">{l.quantity}</Table.Td>
                <Table.Td>{l.buyerName}</Table.Td>
                <Table.Td>
                  {l.outOfRegion ? (
                    <Badge color="red" variant="filled">
                      {l.buyerRegion} 区域外
                    </Badge>
                  ) : (
                    l.buyerRegion
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
