import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ContactAlert } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';
import { useSession } from '../../app/session';
import { dueWords, notYetPlanned } from './contact-due-offer';
import { useReportContext } from './report-context';

interface Props {
  /** What the plan already says: customers named there are not offered again. */
  planned: string;
  /** How many more the plan can take (a table's free rows); unlimited without it. */
  room?: number;
  onAdd: (chosen: ContactAlert[]) => void;
}

/**
 * 加入待联系客户: the author's overdue and due-soon customers (定期联系), offered for a plan; the
 * author ticks which to add. A rep's own customers; for a manager or a clerk, the report's author's.
 */
export function ContactDueOffer({ planned, room, onAdd }: Props) {
  const { user } = useSession();
  const report = useReportContext();
  const ownerId = report?.authorId ?? user.id;
  const [alerts, setAlerts] = useState<ContactAlert[] | null>(null);
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    api('customers.contactAlerts', user.role === 'rep' ? {} : { ownerId }).then(
      (r) => live && setAlerts(r.alerts.filter((a) => a.ownerId === ownerId)),
      () => live && setAlerts([]),
    );
    return () => {
      live = false;
    };
  }, [ownerId, user.role]);

  const offered = notYetPlanned(alerts ?? [], planned).sort((a, b) => a.daysLeft - b.daysLeft);
  if (alerts === null) return null;

  const start = () => {
    if (offered.length === 0) return;
    setPicked(offered.slice(0, room ?? offered.length).map((a) => String(a.customerId)));
    setOpen(true);
  };
  const tooMany = room !== undefined && picked.length > room;
  const add = () => {
    const chosen = offered.filter((a) => picked.includes(String(a.customerId)));
    if (chosen.length === 0) return notifyError(new Error('请至少选择一个客户。'));
    onAdd(chosen);
    setOpen(false);
  };

  return (
    <>
      <Button
        size="xs"
        variant="light"
        color={offered.some((a) => a.state === 'overdue') ? 'red' : 'yellow'}
        leftSection={<IconUserPlus size={14} />}
        disabled={offered.length === 0}
        title={
          offered.length === 0 ? '没有需要加入计划的逾期或即将到期客户' : '把逾期和即将到期的客户加入计划'
        }
        onClick={start}
      >
        加入待联系客户 ({offered.length})
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="加入待联系客户" size="lg">
        <Stack>
          <Text size="sm" c="dimmed">
            以下客户已逾期(红)或即将到期(黄),勾选要加入计划的客户。已在计划中的客户不再列出。
          </Text>
          <Checkbox.Group value={picked} onChange={setPicked} aria-label="待联系客户">
            <ScrollArea.Autosize mah={360} type="auto">
              <Stack gap={6}>
                {offered.map((a) => (
                  <Checkbox
                    key={a.customerId}
                    value={String(a.customerId)}
                    color={a.state === 'overdue' ? 'red' : 'yellow'}
                    label={
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={600} c={a.state === 'overdue' ? 'red.8' : 'yellow.9'}>
                          {a.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {a.grade}级 · {dueWords(a)} · 最近联系 {a.lastContact ?? '无'}
                        </Text>
                      </Group>
                    }
                  />
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Checkbox.Group>
          {tooMany && (
            <Text size="sm" c="red" role="alert">
              计划最多还能加入 {room} 行,请减少勾选。
            </Text>
          )}
          <ModalActions
            onCancel={() => setOpen(false)}
            confirm={`加入所选 (${picked.length})`}
            onConfirm={add}
            disabled={tooMany || picked.length === 0}
          />
        </Stack>
      </Modal>
    </>
  );
}
