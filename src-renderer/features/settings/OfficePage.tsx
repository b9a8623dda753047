import {
  Button,
  Code,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { useForm } from '@mantine/form';
import { api, deliverFile } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyError, notifyOk } from '../../api/notify';
import { useSession } from '../../app/session';

/** The office profile printed on every document's header. */
export function OfficePage() {
  const { office, refreshOffice } = useSession();
  const form = useForm({ initialValues: office });
  const submit = form.onSubmit(async (values) => {
    try {
      await api('office.update', values);
      notifyOk('办事处信息已保存。');
      await refreshOffice();
    } catch (err) {
      showApiErrors(form, err);
    }
  });
  return (
    <Stack maw={720}>
      <Title order={3}>办事处设置</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit}>
          <SimpleGrid cols={2}>
            <TextInput label="公司名称" required {...form.getInputProps('company')} />
            <TextInput label="办事处名称" required {...form.getInputProps('officeName')} />
            <TextInput label="区域编码" required {...form.getInputProps('regionCode')} />
            <TextInput label="区域名称" required {...form.getInputProps('regionName')} />
          </SimpleGrid>
          <Textarea label="覆盖省市" required mt="sm" {...form.getInputProps('coverage')} />
          <TextInput label="地址" mt="sm" {...form.getInputProps('address')} />
          <SimpleGrid cols={2} mt="sm">
            <TextInput label="电话" {...form.getInputProps('phone')} />
            <TextInput label="传真号" required {...form.getInputProps('fax')} />
          </SimpleGrid>
          <Group justify="flex-end" mt="md">
            <Button type="submit">保存</Button>
          </Group>
        </form>
      </Paper>
      <OfficeKeyCard />
    </Stack>
  );
}

/** The key the office signs its monthly bundles with: head office registers its fingerprint. */
function OfficeKeyCard() {
  const [info, setInfo] = useState<OutputOf<'keys.info'> | null>(null);
  useEffect(() => {
    api('keys.info', {}).then(setInfo, notifyError);
  }, []);
  const exportKey = async () => {
    try {
      await deliverFile(await api('keys.exportPublic', {}));
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <Paper withBorder p="md">
      <Title order={5}>数据包签名密钥</Title>
      <Text size="sm" c="dimmed" mb="xs">
        每月报送销售部的数据包用本办事处的密钥签名。请把公钥文件交给销售部登记;销售部核对下面的指纹无误后,才会接收本办事处的数据包。私钥只保存在本机数据目录,不会随数据包发出。
      </Text>
      {info && (
        <>
          <Text size="sm">指纹(SHA-256):</Text>
          <Code block aria-label="公钥指纹">
            {info.fingerprint}
          </Code>
          {!info.privateKeyPresent && (
            <Text c="red" size="sm" mt="xs">
              本机数据目录中找不到私钥文件,无法签名数据包。请从备份恢复数据目录中的 keys 文件夹。
            </Text>
          )}
        </>
      )}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={() => void exportKey()}>
          导出公钥文件
        </Button>
      </Group>
    </Paper>
  );
}
