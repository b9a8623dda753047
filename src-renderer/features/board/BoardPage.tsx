import { Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { calendarForms, type FormCode, getForm, isFormCode } from '../../../src-shared/domain/forms';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { useSession } from '../../app/session';
import { ReportTable } from '../reports';
import { BoardMatrix } from './BoardMatrix';
import { presetRange, type RangePreset } from './board-ranges';

/** Forms due on a calendar; joint visits and events come when they happen. */
const CALENDAR_FORMS = calendarForms();

/** 报表看板: who handed in what, on time or late, per form and period. */
export function BoardPage() {
  const { user } = useSession();
  const [formCode, setFormCode] = useState<FormCode>(CALENDAR_FORMS[0]!);
  const [preset, setPreset] = useState<RangePreset>('month');
  const [board, setBoard] = useState<OutputOf<'board.get'> | null>(null);

  useEffect(() => {
    const range = presetRange(preset);
    api('board.get', { ...range, formCode }).then(setBoard, notifyError);
  }, [formCode, preset]);

  return (
    <Stack>
      <Title order={3}>报表看板</Title>
      <Group>
        <Select
          aria-label="报表"
          data={CALENDAR_FORMS.map((c) => ({ value: c, label: `${getForm(c).title}(${c})` }))}
          value={formCode}
          onChange={(v) => v && isFormCode(v) && setFormCode(v)}
          allowDeselect={false}
          w={240}
        />
        <SegmentedControl
          aria-label="期间"
          value={preset}
          onChange={(v) => setPreset(v as RangePreset)}
          data={[
            { value: 'week', label: '本周' },
            { value: 'month', label: '本月' },
            { value: 'quarter', label: '本季度' },
            { value: 'year', label: '近12个月' },
          ]}
        />
      </Group>
      {board && <BoardMatrix board={board} formCode={formCode} meId={user.id} />}
      {board && user.role !== 'rep' && (
        <Group align="flex-start" grow>
          <Paper withBorder p="sm">
            <Text fw={600} mb="xs">
              审核超期(周报须在提交后2个工作日内批复)
            </Text>
            <ReportTable rows={board.reviewsOverdue} empty="没有超期未审核的报表。" />
          </Paper>
          <Paper withBorder p="sm">
            <Text fw={600} mb="xs">
              待批复的重要事项
            </Text>
            <ReportTable rows={board.undecided} empty="没有待批复的重要事项。" />
          </Paper>
        </Group>
      )}
    </Stack>
  );
}
