import { Anchor, Table, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { TimelineEntry } from '../../../src-shared/contract';
import { type ReportStatus, STATUS_LABELS } from '../../../src-shared/domain/report-status';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';

const KIND_LABELS: Record<TimelineEntry['kind'], string> = { visit: '走访', jointVisit: '协访' };

/**
 * 客户联系记录: every 走访表 row and 协访表 that named the customer, newest first, each with the
 * report it came from.
 */
export function CustomerTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const navigate = useNavigate();
  const openReport = async (reportId: number) => {
    try {
      const r = await api('reports.get', { id: reportId });
      navigate(`/reports/${r.formCode}/${r.author.id}/${r.periodKey}`);
    } catch (err) {
      notifyError(err, '未能打开报表');
    }
  };
  if (entries.length === 0) {
    return <Text c="dimmed">还没有联系记录。走访表或协访表中选择了此客户后,记录会出现在这里。</Text>;
  }
  const sorted = [...entries].sort((a, b) => b.day.localeCompare(a.day));
  return (
    <Table withTableBorder striped aria-label="联系记录">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>日期</Table.Th>
          <Table.Th>类型</Table.Th>
          <Table.Th>人员</Table.Th>
          <Table.Th>方式</Table.Th>
          <Table.Th>目的</Table.Th>
          <Table.Th>结果</Table.Th>
          <Table.Th>下次拜访</Table.Th>
          <Table.Th>报表状态</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((t, i) => (
          <Table.Tr key={`${t.reportId}-${i}`}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t.day}</Table.Td>
            <Table.Td>{KIND_LABELS[t.kind]}</Table.Td>
            <Table.Td>
              {t.authorName}
              {t.withPersonName ? `、${t.withPersonName}` : ''}
            </Table.Td>
            <Table.Td>{t.mode}</Table.Td>
            <Table.Td>{t.purpose}</Table.Td>
            <Table.Td maw={320}>
              <Text size="sm" lineClamp={3} title={t.result}>
                {t.result}
              </Text>
            </Table.Td>
            <Table.Td>{t.nextVisit ?? ''}</Table.Td>
            <Table.Td>{STATUS_LABELS[t.status as ReportStatus] ?? t.status}</Table.Td>
            <Table.Td>
              <Anchor
                component="button"
                size="sm"
                onClick={() => void openReport(t.reportId)}
                aria-label={`打开${t.day}的${t.formCode === 'F01' ? '走访表' : '协访表'}`}
              >
                打开报表
              </Anchor>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
