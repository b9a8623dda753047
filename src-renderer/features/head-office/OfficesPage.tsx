import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Fingerprint } from './badges';
import { OfficesTable } from './OfficesTable';
import { type RegisteredKey, RegisterKeyButton } from './RegisterKeyButton';
import { useApi } from './use-api';

/** 办事处与公钥: the offices head office accepts bundles from, and the keys they sign with. */
export function OfficesPage() {
  const { data: offices, reload } = useApi('hq.offices.list', {});
  const [registered, setRegistered] = useState<RegisteredKey | null>(null);

  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={3}>办事处与公钥</Title>
        <RegisterKeyButton
          onRegistered={(key) => {
            setRegistered(key);
            reload();
          }}
        />
      </Group>
      <Text size="sm" c="dimmed">
        只接收用已登记公钥签名的数据包。登记办事处导出的公钥文件（.json），或在第一次导入该办事处的数据包时登记；两种方式都要先与办事处电话核对指纹。
      </Text>
      {registered && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          onClose={() => setRegistered(null)}
          title={`${registered.added ? '已登记' : '早已登记'}：${registered.office.name}（${registered.office.code}）`}
        >
          <Text size="sm" mb={4}>
            此后该办事处用这个公钥签名的数据包都会被接收。公钥指纹：
          </Text>
          <Fingerprint value={registered.fingerprint} />
        </Alert>
      )}
      {offices && (
        <Paper withBorder p="md">
          {offices.length ? (
            <OfficesTable offices={offices} />
          ) : (
            <Text c="dimmed">还没有登记任何办事处。</Text>
          )}
        </Paper>
      )}
    </Stack>
  );
}
