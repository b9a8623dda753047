import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import type { RestoreResult } from '../../../src-shared/contract/backups';
import { api } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { formatInstant } from '../../app/format';
import { useSession } from '../../app/session';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupsTable } from './BackupsTable';
import { CopyDialog } from './CopyDialog';
import { formatSize, KIND_LABELS } from './labels';
import { RestoreDialog, type RestoreTarget } from './RestoreDialog';

/** 备份与恢复: the backups with their checks, a backup or a USB copy now, restore and its undo. */
export function BackupsPage() {
  const { signOut } = useSession();
  const [data, setData] = useState<OutputOf<'backups.list'> | null>(null);
  const [busy, setBusy] = useState(false);
  const [copying, setCopying] = useState(false);
  const [target, setTarget] = useState<RestoreTarget | null>(null);
  const [restored, setRestored] = useState<RestoreResult | null>(null);

  const load = useCallback(() => api('backups.list', {}).then(setData, notifyError), []);
  useEffect(() => void load(), [load]);

  const backupNow = async () => {
    setBusy(true);
    try {
      const made = await api('backups.create', {});
      if (made.check === 'ok') notifyOk(`已备份(${formatSize(made.bytes)}),检查完好。`);
      else
        notifyError(new Error(`备份已写出,但检查未通过(${made.checkDetail ?? ''})。请联系管理员检查磁盘。`));
      await load();
    } catch (err) {
      notifyError(err, '没有备份');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={960}>
      <Title order={3}>备份与恢复</Title>
      <Text c="dimmed" size="sm">
        备份文件夹:{data?.settings.folder ?? '…'}
      </Text>
      <Group>
        <Button onClick={() => void backupNow()} loading={busy}>
          立即备份
        </Button>
        <Button variant="default" onClick={() => setCopying(true)}>
          复制到文件夹…
        </Button>
      </Group>
      <Paper withBorder p="md">
        {data && (
          <BackupsTable
            backups={data.backups}
            onRestore={(b) =>
              setTarget({
                id: b.id,
                label: `${formatInstant(b.createdAt)} 的${KIND_LABELS[b.kind]}备份`,
                undo: false,
              })
            }
          />
        )}
      </Paper>
      {data && data.kept.length > 0 && (
        <Paper withBorder p="md">
          <Title order={5}>恢复前的数据库</Title>
          <Text size="sm" c="dimmed" mb="xs">
            每次恢复前,当时的数据库都保存在数据文件夹中(保留最近 3 份)。恢复错了,可以撤销。
          </Text>
          <Table aria-label="恢复前的数据库">
            <Table.Tbody>
              {data.kept.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>{formatInstant(k.createdAt)} 恢复前</Table.Td>
                  <Table.Td>{formatSize(k.bytes)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() =>
                        setTarget({
                          id: k.id,
                          label: `${formatInstant(k.createdAt)} 恢复前的数据库`,
                          undo: true,
                        })
                      }
                    >
                      撤销恢复…
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {data && (
        <BackupSettingsForm
          settings={data.settings}
          defaultFolder={data.defaultFolder}
          onSaved={() => void load()}
        />
      )}
      {copying && <CopyDialog onClose={() => setCopying(false)} />}
      {target && (
        <RestoreDialog
          target={target}
          onClose={() => setTarget(null)}
          onRestored={(result) => {
            setTarget(null);
            setRestored(result);
          }}
        />
      )}
      {restored && (
        <Modal
          opened
          onClose={() => void signOut()}
          title="数据已恢复"
          withCloseButton={false}
          closeOnClickOutside={false}
        >
          <Stack>
            <Text>
              数据已恢复。原来的数据库保存为 {restored.keptAs}
              ,可以在本页撤销。恢复后的数据有它自己的登录记录,请重新登录。
            </Text>
            <Group justify="flex-end">
              <Button data-autofocus onClick={() => void signOut()}>
                重新登录
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
