import { Paper, Table, Text, Title } from '@mantine/core';
import type { AttendeeRow } from '../../../src-shared/contract/training';
import { ATTENDANCE_LABELS } from '../../../src-shared/domain/training/sessions';
import { formatInstant } from '../../app/format';

const MARK_COLORS = { present: undefined, late: 'orange', absent: 'red', excused: 'blue' } as const;

/** 参训名单: everyone on the list with the mark and score entered from the signed sheet. */
export function AttendeesPanel({ attendees }: { attendees: AttendeeRow[] }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="training-attendees">
      <Title order={4} id="training-attendees" mb="sm">
        参训名单({attendees.length} 人)
      </Title>
      <Table aria-label="参训名单" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>序号</Table.Th>
            <Table.Th>姓名</Table.Th>
            <Table.Th>出勤</Table.Th>
            <Table.Th ta="right">成绩</Table.Th>
            <Table.Th>录入人</Table.Th>
            <Table.Th>录入时间</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attendees.map((a, i) => (
            <Table.Tr key={a.userId}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>{a.name}</Table.Td>
              <Table.Td>
                {a.attendance ? (
                  <Text size="sm" c={MARK_COLORS[a.attendance]}>
                    {ATTENDANCE_LABELS[a.attendance]}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    未录入
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{a.score ?? '—'}</Table.Td>
              <Table.Td>{a.enteredByName ?? ''}</Table.Td>
              <Table.Td>{a.enteredAt ? formatInstant(a.enteredAt) : ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
