import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';

/**
 * 复制到文件夹: the folder is typed, since the host runs on this PC and a browser cannot pick a
 * folder of it; the copy is a folder of its own with a manifest.
 */
export function CopyDialog({ onClose }: { onClose: () => void }) {
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { folder: '' } });
  const submit = form.onSubmit(async ({ folder }) => {
    setBusy(true);
    try {
      const done = await api('backups.copyTo', { folder });
      notifyOk(`已复制 ${done.files} 个文件到 ${done.folder}。`);
      onClose();
    } catch (err) {
      showApiErrors(form, err);
      setBusy(false);
    }
  });
  return (
    <Modal opened onClose={onClose} title="复制到文件夹" size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">
            复制一份完整的数据:数据库、签名密钥和附件,另附清单(每个文件的大小和
            SHA-256)。会在目标文件夹中新建“RegionDesk-备份-日期 时间”文件夹。密钥文件请妥善保管。
          </Text>
          <TextInput
            label="目标文件夹(如U盘)"
            placeholder="例如 E:\ 或 /media/U盘"
            data-autofocus
            {...form.getInputProps('folder')}
          />
          <ModalActions onCancel={onClose} confirm="复制" loading={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
