import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { OfficeProfile } from '../../../src-shared/contract';
import { api, errorMessage } from '../../api/client';

/** Sign-in for every role. */
export function SignInPage({ office, onSignedIn }: { office: OfficeProfile; onSignedIn: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (v) => (v.trim() ? null : '请填写登录名'),
      password: (v) => (v ? null : '请填写密码'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      await api('auth.signIn', values);
      onSignedIn();
    } catch (err) {
      setError(errorMessage(err));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  });

  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={380}>
        <form onSubmit={submit}>
          <Stack>
            <div>
              <Title order={3}>RegionDesk 区域销售管理台</Title>
              <Text c="dimmed" size="sm">
                {office.company} · {office.regionName}区域 · {office.officeName}
              </Text>
            </div>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput
              label="登录名"
              autoComplete="username"
              data-autofocus
              autoFocus
              {...form.getInputProps('username')}
            />
            <PasswordInput label="密码" autoComplete="current-password" {...form.getInputProps('password')} />
            <Button type="submit" loading={busy}>
              登录
            </Button>
            <Text size="xs" c="dimmed">
              忘记密码请联系区域经理重置。
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
