import { Alert, Button, Center, Code, Group, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { api } from '../api/client';

interface State {
  error: Error | null;
  /** The id under which the service logged the failure, once it answered. */
  errorId: string | null;
}

/**
 * A screen that fails to draw shows what happened and what to do instead of a blank window, and
 * reports itself to the service's log (signed-in users) so the manager can quote an id.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, errorId: null };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const stack = `${error.stack ?? error.message}\n${info.componentStack ?? ''}`.slice(0, 20_000);
    api('diagnostics.reportClientError', {
      message: error.message.slice(0, 2000),
      stack,
      route: window.location.hash.slice(0, 500),
    })
      .then(({ errorId }) => this.setState({ errorId }))
      .catch(() => undefined);
  }

  override render(): ReactNode {
    const { error, errorId } = this.state;
    if (!error) return this.props.children;
    return (
      <Center h="100vh" p="md">
        <Alert color="red" title="页面出错了" maw={560} role="alert">
          <Stack gap="xs">
            <Text size="sm">这个页面没能显示出来。已保存的数据(包括已自动保存的草稿)不受影响。</Text>
            <Text size="sm">请点“重新载入”。如仍出错,请把下面的错误编号告诉管理员。</Text>
            <Text size="sm">
              错误编号:<Code>{errorId ?? '(未能记录,请记下出错的页面和时间)'}</Code>
            </Text>
            <Group justify="flex-end">
              <Button onClick={() => window.location.reload()}>重新载入</Button>
            </Group>
          </Stack>
        </Alert>
      </Center>
    );
  }
}
