import { Button, Code, Group, Paper, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { api, deliverFile } from '../../api/client';
import { notifyError } from '../../api/notify';

/** The key the office signs its monthly bundles with: head office registers its fingerprint. */
export function OfficeKeyCard() {
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
