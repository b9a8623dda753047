import { Table, Text } from '@mantine/core';
import type { HqTrainingOutput } from '../../../src-shared/contract';
import { hoursOf, rateOf } from './training-format';

/** The chosen region's offices: sessions held, their hours, person-hours and the attendance rate. */
export function OfficesTable({ offices }: { offices: HqTrainingOutput['offices'] }) {
  if (offices.length === 0) return <Text c="dimmed">这个区域没有办事处的培训数据。</Text>;
  return (
    <Table withTableBorder striped aria-label="各办事处培训">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>办事处</Table.Th>
          <Table.Th ta="right">场次</Table.Th>
          <Table.Th ta="right">培训学时</Table.Th>
          <Table.Th ta="right">人次学时</Table.Th>
          <Table.Th ta="right">应到 / 实到(人次)</Table.Th>
          <Table.Th ta="right">出席率</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {offices.map((o) => (
          <Table.Tr key={o.officeCode}>
            <Table.Td>
              {o.officeName}
              <Text span size="xs" c="dimmed" ml={6}>
                {o.officeCode}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{o.sessions}</Table.Td>
            <Table.Td ta="right">{hoursOf(o.sessionHours)}</Table.Td>
            <Table.Td ta="right">{hoursOf(o.personHours)}</Table.Td>
            <Table.Td ta="right">
              {o.invited} / {o.attended}
            </Table.Td>
            <Table.Td ta="right">{rateOf(o.rate)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The chosen region's people: the sessions on their list, the hours they attended, their rate and score. */
export function PeopleTable({ people }: { people: HqTrainingOutput['people'] }) {
  if (people.length === 0) return <Text c="dimmed">这个区域没有人员的培训数据。</Text>;
  return (
    <Table withTableBorder striped aria-label="各人员培训">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>姓名</Table.Th>
          <Table.Th>办事处</Table.Th>
          <Table.Th ta="right">应参加场次</Table.Th>
          <Table.Th ta="right">出席(含迟到)</Table.Th>
          <Table.Th ta="right">学时</Table.Th>
          <Table.Th ta="right">出席率</Table.Th>
          <Table.Th ta="right">平均成绩</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {people.map((p) => (
          <Table.Tr key={`${p.officeCode}-${p.userId}`}>
            <Table.Td>{p.name}</Table.Td>
            <Table.Td>{p.officeName}</Table.Td>
            <Table.Td ta="right">{p.invited}</Table.Td>
            <Table.Td ta="right">{p.attended}</Table.Td>
            <Table.Td ta="right">{hoursOf(p.personHours)}</Table.Td>
            <Table.Td ta="right">{rateOf(p.rate)}</Table.Td>
            <Table.Td ta="right">{p.averageScore === null ? '—' : p.averageScore}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
