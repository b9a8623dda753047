import { Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { InstallationMode, OfficeProfile, UserSummary } from '../../src-shared/contract';
import { api, onUnauthenticated } from '../api/client';
import { onConnectionChange } from '../api/connection';
import { notifyError } from '../api/notify';
import { SignInPage } from '../features/auth';
import { SetupWizard } from '../features/office';
import { AppLayout } from './AppLayout';
import { SessionContext, type SessionValue } from './session';

type State =
  | { kind: 'loading' }
  | { kind: 'setup' }
  | { kind: 'signIn'; office: OfficeProfile }
  | { kind: 'ready'; office: OfficeProfile; mode: InstallationMode; user: UserSummary };

/** Decides between the setup wizard, sign-in and the application. */
export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(async () => {
    try {
      const status = await api('setup.status', {});
      if (!status.configured || !status.office) return setState({ kind: 'setup' });
      const user = await api('auth.me', {});
      setState(
        user
          ? { kind: 'ready', office: status.office, mode: status.mode ?? 'office', user }
          : { kind: 'signIn', office: status.office },
      );
    } catch (err) {
      notifyError(err, '无法载入');
    }
  }, []);

  useEffect(() => {
    void load();
    return onUnauthenticated(() => void load());
  }, [load]);

  // Started while the service was unreachable: load as soon as the connection comes back.
  const stillLoading = state.kind === 'loading';
  useEffect(
    () => (stillLoading ? onConnectionChange((connected) => connected && void load()) : undefined),
    [stillLoading, load],
  );

  const session = useMemo<SessionValue | null>(
    () =>
      state.kind === 'ready'
        ? {
            user: state.user,
            office: state.office,
            mode: state.mode,
            signOut: async () => {
              await api('auth.signOut', {}).catch(() => undefined);
              // The next person starts from their own home page, not the last person's screen.
              window.location.hash = '#/';
              await load();
            },
            refreshOffice: load,
          }
        : null,
    [state, load],
  );

  switch (state.kind) {
    case 'loading':
      return (
        <Center h="100vh">
          <Loader />
        </Center>
      );
    case 'setup':
      return <SetupWizard onDone={load} />;
    case 'signIn':
      return <SignInPage office={state.office} onSignedIn={load} />;
    case 'ready':
      return (
        <SessionContext.Provider value={session}>
          <AppLayout />
        </SessionContext.Provider>
      );
  }
}
