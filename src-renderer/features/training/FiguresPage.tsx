import { Button, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { TrainingFiguresOutput } from '../../../src-shared/contract/training';
import { periodOfDay } from '../../../src-shared/domain/periods';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { officeToday } from '../../app/format';
import { hoursText, quarterOptions, rateText } from './training-labels';
import { TRAINING_PATHS } from './training-paths';

/** 培训统计: each person's sessions, marks, hours, rate and average score in a quarter. */
export function FiguresPage() {
  const today = officeToday();
  const [quarter, setQuarter] = useState(periodOfDay('quarter', today));
  const [figures, setFigures] = useState<TrainingFiguresOutput | null>(null);

  useEffect(() => {
    let live = true;
    setFigures(null);
    api('training.figures', { quarter }).then(
      (f) => live && setFigures(f),
      (err: unknown) => live && notifyError(err, '培训统计未能打开'),
    );
    return () => {
      live = false;
    };
  }, [quarter]);

  return (
    <Stack>
      <Group>
        <Button
          component={Link}
          to={TRAINING_PATHS.list}
          variant="subtle"
          leftSection={<IconArrowLeft size={16} />}
        >
          返回培训
        </Button>
      </Group>
      <Group justify="space-between" align="flex-end">
        <Title order={3}>培训统计</Title>
        <Select
          label="季度"
          w={170}
          data={quarterOptions(today)}
          value={quarter}
          allowDeselect={false}
          onChange={(q) => q && setQuarter(q)}
        />
      </Group>
      {figures === null ? (
        <Loader />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {figures.from} 至 {figures.to},只计已举行的培训和本人在区域内的日子。出勤率 =(出席 + 迟到)÷
            {figures.excusedCountsAsAbsent
              ? '(出席 + 迟到 + 缺席 + 请假),请假计入缺席。'
              : '(出席 + 迟到 + 缺席),请假不计入。'}
          </Text>
          {figures.people.length === 0 ? (
            <Text c="dimmed">这个季度还没有已举行的培训。</Text>
          ) : (
            <Table striped aria-label="培训统计" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>姓名</Table.Th>
                  <Table.Th ta="right">应到</Table.Th>
                  <Table.Th ta="right">出席</Table.Th>
                  <Table.Th ta="right">迟到</Table.Th>
                  <Table.Th ta="right">缺席</Table.Th>
                  <Table.Th ta="right">请假</Table.Th>
                  <Table.Th ta="right">未录入</Table.Th>
                  <Table.Th ta="right">学时</Table.Th>
                  <Table.Th ta="right">出勤率</Table.Th>
                  <Table.Th ta="right">平均分</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {figures.people.map((p) => (
                  <Table.Tr key={p.userId}>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td ta="right">{p.invited}</Table.Td>
                    <Table.Td ta="right">{p.present}</Table.Td>
                    <Table.Td ta="right">{p.late}</Table.Td>
                    <Table.Td ta="right">{p.absent}</Table.Td>
                    <Table.Td ta="right">{p.excused}</Table.Td>
                    <Table.Td ta="right">{p.notEntered}</Table.Td>
                    <Table.Td ta="right">{hoursText(p.hours)}</Table.Td>
                    <Table.Td ta="right">{rateText(p.rate)}</Table.Td>
                    <Table.Td ta="right">
                      {p.averageScore === null ? '—' : Number(p.averageScore.toFixed(1))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}
