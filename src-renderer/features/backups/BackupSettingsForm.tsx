import { Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import type { BackupSettings } from '../../../src-shared/contract/backups';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';

/** Where the backups go and how many are kept. */
export function BackupSettingsForm({
  settings,
  defaultFolder,
  onSaved,
}: {
  settings: BackupSettings;
  defaultFolder: string;
  onSaved: () => void;
}) {
  const form = useForm<BackupSettings>({ initialValues: settings });
  useEffect(() => {
    form.setValues(settings);
    form.resetDirty(settings);
    // Reset only when the saved settings change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings]);
  const save = form.onSubmit(async (values) => {
    try {
      await api('backups.updateSettings', values);
      notifyOk('备份设置已保存。已有的备份留在原来的文件夹中。');
      onSaved();
    } catch (err) {
      showApiErrors(form, err);
    }
  });
  return (
    <Paper withBorder p="md">
      <form onSubmit={save}>
        <Stack>
          <Title order={5}>备份设置</Title>
          <Text size="sm" c="dimmed">
            每天第一次启动约一分钟后自动备份,程序连续运行时换日也会备份。保留最近若干天的每日备份,以及最近若干个月每月的最后一份;升级前的备份另保留最近
            5 份。备份文件夹必须在数据文件夹之外,默认是
            {defaultFolder}。
          </Text>
          <TextInput label="备份文件夹" {...form.getInputProps('folder')} />
          <Group grow>
            <NumberInput label="保留每日备份(天)" min={1} max={366} {...form.getInputProps('keepDaily')} />
            <NumberInput label="保留每月备份(个)" min={0} max={120} {...form.getInputProps('keepMonthly')} />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" variant="default" disabled={!form.isDirty()}>
              保存设置
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
