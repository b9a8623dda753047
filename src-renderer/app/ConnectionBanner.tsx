import { Alert, Box, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { api, isDesktop } from '../api/client';
import { isConnected, onConnectionChange } from '../api/connection';

const RETRY_MS = 3000;

/**
 * A lost connection to the service is said once, at the top of every screen, until it is back:
 * the window keeps trying on its own and says so when it succeeds, so nobody types into a page
 * that cannot save.
 */
export function ConnectionBanner() {
  const [connected, setConnected] = useState(isConnected());
  const [trying, setTrying] = useState(false);

  useEffect(
    () =>
      onConnectionChange((now) => {
        setConnected(now);
        if (now)
          notifications.show({
            color: 'green',
            message: '与 RegionDesk 服务的连接已恢复。',
            autoClose: 4000,
          });
      }),
    [],
  );

  const retry = useCallback(async () => {
    setTrying(true);
    // Any answer, even a refusal, proves the service is reachable; the transport reports it.
    await api('setup.status', {}).catch(() => undefined);
    setTrying(false);
  }, []);

  useEffect(() => {
    if (connected || isDesktop) return;
    const timer = window.setInterval(() => void retry(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [connected, retry]);

  if (connected) return null;
  return (
    <Box
      pos="fixed"
      top={8}
      left="50%"
      style={{ transform: 'translateX(-50%)', zIndex: 1000, width: 'min(640px, 94vw)' }}
    >
      <Alert
        color="red"
        variant="filled"
        role="alert"
        icon={<IconPlugConnectedX size={20} />}
        title="与 RegionDesk 服务的连接已断开"
      >
        <Text size="sm">
          断开期间的操作不会保存。请确认运行 RegionDesk 的电脑已开机、网络正常;本页每 3
          秒自动重试,连接恢复后请把刚才的操作再做一次。
        </Text>
        <Group justify="flex-end" mt="xs">
          <Button size="xs" variant="white" color="red" loading={trying} onClick={() => void retry()}>
            立即重试
          </Button>
        </Group>
      </Alert>
    </Box>
  );
}
