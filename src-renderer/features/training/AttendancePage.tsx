import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { SessionDetail } from '../../../src-shared/contract/training';
import { api, ApiCallError } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { AttendanceGrid } from './AttendanceGrid';
import { type DraftRow, draftOf, draftProblems, entriesOf, rowPathOf } from './attendance-draft';
import { TRAINING_PATHS } from './training-paths';

/** 录入签到与成绩: the clerk types the signed sheet's marks and the test scores, saved at once. */
export function AttendancePage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [detail, setDetail] = useState<SessionDetail | null>(null);
  const [rows, setRows] = useState<DraftRow[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api('training.session', { id: Number(id) }).then(
      (d) => {
        setDetail(d);
        setRows(draftOf(d.attendees));
        // The first row's 出勤 takes the keys at once.
        requestAnimationFrame(() =>
          document.querySelector<HTMLInputElement>('[data-mark="0"] input')?.focus(),
        );
      },
      (err: unknown) => {
        notifyError(err, '培训未能打开');
        navigate(TRAINING_PATHS.list);
      },
    );
  }, [id, navigate]);

  if (!detail) return <Loader />;
  const s = detail.session;
  const back = () => navigate(TRAINING_PATHS.session(s.id));

  const save = async () => {
    const found = draftProblems(rows);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      setProblem('有未选出勤或成绩不正确的行,请按红字改正后再保存。');
      return;
    }
    setBusy(true);
    try {
      await api('training.attendance', { id: s.id, entries: entriesOf(rows) });
      notifyOk(`已保存 ${rows.length} 人的出勤和成绩。`);
      back();
    } catch (err) {
      if (err instanceof ApiCallError) {
        setProblem(err.error.message);
        if (err.error.fields)
          setErrors(
            Object.fromEntries(Object.entries(err.error.fields).map(([k, m]) => [rowPathOf(k, rows), m])),
          );
      }
      notifyError(err, '出勤和成绩未保存');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={900}>
      <Button variant="default" w="fit-content" leftSection={<IconArrowLeft size={16} />} onClick={back}>
        返回培训
      </Button>
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={3}>录入签到与成绩</Title>
          <Text size="sm" c="dimmed">
            {s.topic} · {s.day} {s.startTime}–{s.endTime} · {s.place} · 应到 {s.attendeeCount} 人
          </Text>
        </Stack>
        <Button leftSection={<IconDeviceFloppy size={16} />} loading={busy} onClick={() => void save()}>
          保存全部
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        按签好的签到表逐行录入:在“出勤”上按 1 出席、2 迟到、3 缺席、4 请假,再输入成绩,Enter 或 Tab
        到下一行。缺席和请假的人员不填成绩。
      </Text>
      {problem && (
        <Alert color="red" variant="light" title="未保存">
          {problem}
        </Alert>
      )}
      <AttendanceGrid
        rows={rows}
        errors={errors}
        onChange={(next) => {
          setRows(next);
          // A changed row's server message no longer applies.
          setErrors((e) =>
            Object.fromEntries(
              Object.entries(e).filter(([k]) => {
                const id = Number(k.split('.')[0]);
                const before = rows.find((r) => r.userId === id);
                const after = next.find((r) => r.userId === id);
                return before === after;
              }),
            ),
          );
        }}
      />
    </Stack>
  );
}
