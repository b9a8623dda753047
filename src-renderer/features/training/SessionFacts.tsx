import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { SessionSummary } from '../../../src-shared/contract/training';
import { hoursText } from './training-labels';

/** The session as scheduled: what, who, when and where. */
export function SessionFacts({ s }: { s: SessionSummary }) {
  const facts: [string, string][] = [
    ['培训类别', s.category],
    ['讲师', s.trainerId === null ? `${s.trainerName}(外聘)` : s.trainerName],
    ['日期', s.day],
    ['时间', `${s.startTime}–${s.endTime}`],
    ['地点', s.place],
    ['学时', hoursText(s.hours)],
    ['应到', `${s.attendeeCount} 人`],
    ['已录入', `${s.enteredCount} 人`],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-label="培训安排">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" verticalSpacing="sm">
        {facts.map(([label, value]) => (
          <Stack gap={0} key={label}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text size="sm">{value}</Text>
          </Stack>
        ))}
      </SimpleGrid>
      {s.notes && (
        <Stack gap={0} mt="sm">
          <Text size="xs" c="dimmed">
            备注
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {s.notes}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}
