import { Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCalendarX, IconEdit, IconListCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { SessionDetail } from '../../../src-shared/contract/training';
import { SESSION_STATUS_LABELS } from '../../../src-shared/domain/training/sessions';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { officeToday } from '../../app/format';
import { useSession } from '../../app/session';
import { AttendeesPanel } from './AttendeesPanel';
import { CancelSessionModal } from './CancelSessionModal';
import { MaterialsPanel } from './MaterialsPanel';
import { SessionFacts } from './SessionFacts';
import { SessionFormModal } from './SessionFormModal';
import { TrainingPaper } from './TrainingPaper';
import { SESSION_STATUS_COLORS } from './training-labels';
import { TRAINING_PATHS } from './training-paths';

type Dialog = 'edit' | 'cancel' | null;

/** One session: its facts, the list, the paper to print and the materials. */
export function SessionPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const [detail, setDetail] = useState<SessionDetail | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);

  const load = useCallback(() => {
    api('training.session', { id: Number(id) }).then(setDetail, (err: unknown) => {
      notifyError(err, '培训未能打开');
      navigate(TRAINING_PATHS.list);
    });
  }, [id, navigate]);
  useEffect(load, [load]);

  if (!detail) return <Loader />;
  const s = detail.session;
  const manager = user.role === 'manager';
  const mayEnter = (manager || user.role === 'clerk') && s.status !== 'cancelled';
  const changed = (d: SessionDetail) => {
    setDetail(d);
    setDialog(null);
  };

  return (
    <Stack>
      <Button
        variant="default"
        w="fit-content"
        leftSection={<IconArrowLeft size={16} />}
        onClick={() => navigate(TRAINING_PATHS.list)}
      >
        返回培训列表
      </Button>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={3}>{s.topic}</Title>
          <Badge size="lg" color={SESSION_STATUS_COLORS[s.status]} aria-label="培训状态">
            {SESSION_STATUS_LABELS[s.status]}
          </Badge>
        </Group>
        <Group gap="xs">
          {manager && s.status === 'scheduled' && (
            <>
              <Button
                variant="default"
                leftSection={<IconEdit size={16} />}
                onClick={() => setDialog('edit')}
              >
                修改安排
              </Button>
              <Button
                variant="default"
                color="red"
                leftSection={<IconCalendarX size={16} />}
                onClick={() => setDialog('cancel')}
              >
                取消培训
              </Button>
            </>
          )}
          {mayEnter && (
            <Button
              leftSection={<IconListCheck size={16} />}
              disabled={s.day > officeToday()}
              title={s.day > officeToday() ? '培训举行后才能录入' : undefined}
              onClick={() => navigate(TRAINING_PATHS.attendance(s.id))}
            >
              录入签到与成绩
            </Button>
          )}
        </Group>
      </Group>
      {s.status === 'scheduled' && s.day > officeToday() && (
        <Text size="sm" c="dimmed">
          培训举行后,内勤按签好的签到表录入出勤和成绩。
        </Text>
      )}
      <SessionFacts s={s} />
      {s.status !== 'cancelled' && <TrainingPaper sessionId={s.id} />}
      <AttendeesPanel attendees={detail.attendees} />
      <MaterialsPanel
        sessionId={s.id}
        files={detail.materials}
        canUpload={(manager || user.role === 'clerk') && s.status !== 'cancelled'}
        onChanged={load}
      />
      {dialog === 'edit' && (
        <SessionFormModal existing={detail} onClose={() => setDialog(null)} onSaved={changed} />
      )}
      {dialog === 'cancel' && (
        <CancelSessionModal session={s} onClose={() => setDialog(null)} onCancelled={changed} />
      )}
    </Stack>
  );
}
