import { AppShell, Burger, Group, Menu, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../src-shared/domain/roles';
import { ChangePasswordModal } from '../features/auth';
import { visibleTo } from './feature';
import { FEATURES } from './features';
import { useSession } from './session';

/** The signed-in application: header, the features' navigation and their pages. */
export function AppLayout() {
  const { user, office, mode, signOut } = useSession();
  const hq = mode === 'headOffice';
  const [opened, { toggle, close }] = useDisclosure();
  const [pwOpen, setPwOpen] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();

  const nav = useMemo(
    () =>
      FEATURES.flatMap((f) => f.nav ?? [])
        .filter((n) => visibleTo(n, user.role, mode))
        .sort((a, b) => a.order - b.order),
    [user.role, mode],
  );
  const routes = useMemo(
    () => FEATURES.flatMap((f) => f.routes ?? []).filter((r) => visibleTo(r, user.role, mode)),
    [user.role, mode],
  );
  const overlays = useMemo(
    () => FEATURES.flatMap((f) => (f.overlay ? [{ name: f.name, Overlay: f.overlay }] : [])),
    [],
  );
  const go = (to: string) => {
    navigate(to);
    close();
  };
  // Only the most specific entry lights up: on /customers/reminders that is 客户联系提醒, not 客户档案.
  const activeTo = useMemo(() => {
    const path = location.pathname;
    const all = nav.flatMap((n) => [n.to, ...(n.children?.(user).map((c) => c.to) ?? [])]);
    const matches = all.filter((to) =>
      to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`),
    );
    return matches.sort((a, b) => b.length - a.length)[0] ?? null;
  }, [nav, user, location.pathname]);
  const isActive = (to: string) => to === activeTo;

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header className="no-print">
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="菜单" />
            <Text fw={700}>RegionDesk 区域销售管理台</Text>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              {hq
                ? `${office.company} · ${office.officeName}(总部)`
                : `${office.company} · ${office.regionName}区域 · ${office.officeName}`}
            </Text>
          </Group>
          <Group gap="sm">
            {overlays.map(({ name, Overlay }) => (
              <Overlay key={name} />
            ))}
            <Menu position="bottom-end">
              <Menu.Target>
                <UnstyledButton aria-label="账号菜单">
                  <Group gap={4}>
                    <Text size="sm">
                      {user.displayName}({hq ? '销售部管理员' : ROLE_LABELS[user.role]})
                    </Text>
                    <IconChevronDown size={14} />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => setPwOpen(true)}>修改密码</Menu.Item>
                <Menu.Item color="red" onClick={() => void signOut()}>
                  退出登录
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" className="no-print" aria-label="主导航">
        <AppShell.Section grow component={ScrollArea}>
          {nav.map((n) =>
            n.children ? (
              <NavLink
                key={n.to}
                label={n.label}
                leftSection={<n.icon size={18} />}
                defaultOpened
                childrenOffset={28}
              >
                {n.children(user).map((c) => (
                  <NavLink key={c.to} label={c.label} active={isActive(c.to)} onClick={() => go(c.to)} />
                ))}
              </NavLink>
            ) : (
              <NavLink
                key={n.to}
                label={n.label}
                leftSection={<n.icon size={18} />}
                active={isActive(n.to)}
                onClick={() => go(n.to)}
              />
            ),
          )}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          {routes.map((r) => (
            <Route key={r.path} path={r.path} element={r.element} />
          ))}
          {/* A page the person may not open, or one that does not exist, leads home. */}
          <Route path="*" element={<Navigate to="/" />} />
        </Routes>
      </AppShell.Main>
      <ChangePasswordModal opened={pwOpen} onClose={() => setPwOpen(false)} />
    </AppShell>
  );
}
