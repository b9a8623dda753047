import { Button, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { CaseDetail, Fine } from '../../../src-shared/contract/channel';
import { FINE_ROLE_LABELS, SANCTION_LABELS } from '../../../src-shared/domain/channel';
import { api, deliverFile } from '../../api/client';
import { notifyError } from '../../api/notify';
import { yuanText } from './case-labels';

/** The manager's finding: 核实结果, 处理决定, the fines with their 罚款通知单, the sanctions. */
export function FindingPanel({ detail, manager }: { detail: CaseDetail; manager: boolean }) {
  const c = detail.case;
  const notice = async (f: Fine) => {
    try {
      await deliverFile(await api('channel.fineNoticeDocx', { fineId: f.id }));
    } catch (err) {
      notifyError(err, '罚款通知单未能生成');
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-finding">
      <Title order={4} id="case-finding" mb="sm">
        核实与处理
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="sm">
        <div>
          <Text size="xs" c="dimmed">
            核实结果
          </Text>
          <Text size="sm">{c.verification}</Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            处理决定
          </Text>
          <Text size="sm">{c.decision || '—'}</Text>
        </div>
        <Text size="xs" c="dimmed">
          {c.decidedByName} 于 {c.decidedOn} 作出{c.fineMultiple ? `;罚款倍数 ${c.fineMultiple} 倍` : ''}
        </Text>
      </SimpleGrid>
      {detail.fines.length > 0 && (
        <Text size="sm" fw={600} mt="sm">
          罚款
        </Text>
      )}
      {detail.fines.length > 0 && (
        <Table aria-label="罚款" mb="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>被罚人</Table.Th>
              <Table.Th>身份</Table.Th>
              <Table.Th ta="right">罚款金额</Table.Th>
              <Table.Th>扣款月份</Table.Th>
              {manager && <Table.Th>罚款通知单</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.fines.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>{f.userName}</Table.Td>
                <Table.Td>{FINE_ROLE_LABELS[f.role]}</Table.Td>
                <Table.Td ta="right">{yuanText(f.amountFen)}</Table.Td>
                <Table.Td>{f.month}</Table.Td>
                {manager && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconDownload size={14} />}
                      aria-label={`下载${f.userName}的罚款通知单`}
                      onClick={() => void notice(f)}
                    >
                      下载罚款通知单
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {detail.sanctions.length > 0 && (
        <Text size="sm" fw={600} mt="sm">
          对经销商的处罚
        </Text>
      )}
      {detail.sanctions.length > 0 && (
        <Table aria-label="经销商处罚">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>经销商</Table.Th>
              <Table.Th>处罚</Table.Th>
              <Table.Th>起止日期</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.sanctions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{`${s.dealerName}(${s.dealerCode})`}</Table.Td>
                <Table.Td>{SANCTION_LABELS[s.kind]}</Table.Td>
                <Table.Td>{`${s.fromDay} 起${s.toDay ? `至 ${s.toDay}` : ''}`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
