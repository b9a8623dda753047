import { List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { RestoreResult } from '../../../src-shared/contract/backups';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';

/** What is being put back: a backup of the list, or a database an earlier restore replaced. */
export interface RestoreTarget {
  id: string;
  /** How the dialog names it, e.g. 12月6日 周日 13:17 的每日备份. */
  label: string;
  undo: boolean;
}

/** Says what a restore does before it happens; the confirming button is not the default. */
export function RestoreDialog({
  target,
  onClose,
  onRestored,
}: {
  target: RestoreTarget;
  onClose: () => void;
  onRestored: (result: RestoreResult) => void;
}) {
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      const input = { id: target.id };
      onRestored(await api(target.undo ? 'backups.undoRestore' : 'backups.restore', input));
    } catch (err) {
      notifyError(err, '没有恢复');
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={target.undo ? '撤销恢复' : '从备份恢复'} size="lg">
      <Stack>
        <Text>将用 {target.label} 替换本机现在的全部数据。</Text>
        <List size="sm" spacing={4}>
          <List.Item>先检查这份数据是否完好;损坏的或由更新版本写成的不会恢复,现有数据不变。</List.Item>
          <List.Item>现在的数据库会先保存在数据文件夹中(恢复前的数据库),随时可以撤销这次恢复。</List.Item>
          <List.Item>此后录入的内容将不在恢复后的数据中。</List.Item>
          <List.Item>恢复后所有人都需要重新登录。</List.Item>
        </List>
        <ModalActions
          onCancel={onClose}
          confirm={target.undo ? '撤销恢复' : '确认恢复'}
          onConfirm={() => void confirm()}
          loading={busy}
        />
      </Stack>
    </Modal>
  );
}
