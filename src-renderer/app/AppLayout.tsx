import { AppShell, Burger, ScrollArea, Group, Menu, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBuilding,
  IconChevronDown,
  IconClipboardCheck,
  IconFileText,
  IconHome,
  IconUsers,
  IconAddressBook,
  IconClock,
  IconLayoutGrid,
  IconSearch,
  IconSend,
} from '@tabler/icons-react';
import { FORM_CODES, type FormCode, getForm } from '../../src-shared/domain/forms';
import type { Role } from '../../src-shared/domain/roles';
import { BoardPage } from '../features/board/BoardPage';
import { BundlePage } from '../features/bundles/BundlePage';
import { SearchPage } from '../features/reports/SearchPage';
import { DeadlineSettingsPage } from '../features/settings/DeadlineSettingsPage';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../src-shared/domain/roles';
import { CustomersPage } from '../features/customers/CustomersPage';
import { HomePage } from '../features/home/HomePage';
import { PeoplePage } from '../features/people/PeoplePage';
import { ReportEditorPage } from '../features/reports/ReportEditorPage';
import { ReportListPage } from '../features/reports/ReportListPage';
import { ReviewListPage } from '../features/reports/ReviewListPage';
import { OfficePage } from '../features/settings/OfficePage';
import { ChangePasswordModal } from '../features/auth/ChangePasswordModal';
import { HeadOfficeRoutes, HQ_NAV } from '../features/head-office/HeadOfficeRoutes';
import { useSession } from './session';
import { useState } from 'react';

interface NavItem {
  to: string;
  label: string;
  icon: typeof IconHome;
  roles?: readonly string[];
}

const NAV: NavItem[] = [
  { to: '/', label: '首页', icon: IconHome },
  { to: '/board', label: '报表看板', icon: IconLayoutGrid },
  { to: '/search', label: '查找报表', icon: IconSearch },
  { to: '/review', label: '审核', icon: IconClipboardCheck, roles: ['manager'] },
  { to: '/bundles', label: '月度报送', icon: IconSend, roles: ['manager'] },
  { to: '/customers', label: '客户档案', icon: IconAddressBook },
  { to: '/people', label: '人员', icon: IconUsers, roles: ['manager'] },
  { to: '/office', label: '办事处设置', icon: IconBuilding, roles: ['manager'] },
  { to: '/settings/deadlines', label: '截止时间', icon: IconClock, roles: ['manager'] },
];

/** The forms a role fills in; a clerk enters the reps' forms. */
function formsFor(role: Role): FormCode[] {
  const as = role === 'clerk' ? 'rep' : role;
  return FORM_CODES.filter((c) => getForm(c).authors.includes(as));
}

/** The signed-in application: header, navigation and pages. */
export function AppLayout() {
  const { user, office, mode, signOut } = useSession();
  const hq = mode === 'headOffice';
  const nav: NavItem[] = hq ? HQ_NAV : NAV.filter((n) => !n.roles || n.roles.includes(user.role));
  const [opened, { toggle, close }] = useDisclosure();
  const [pwOpen, setPwOpen] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();

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
      </AppShell.Header>
      <AppShell.Navbar p="xs" className="no-print" aria-label="主导航">
        <AppShell.Section grow component={ScrollArea}>
          {nav.map((n) => (
            <NavLink
              key={n.to}
              label={n.label}
              leftSection={<n.icon size={18} />}
              active={n.to === '/' ? location.pathname === '/' : location.pathname.startsWith(n.to)}
              onClick={() => {
                navigate(n.to);
                close();
              }}
            />
          ))}
          {!hq && (
            <NavLink label="填报" leftSection={<IconFileText size={18} />} defaultOpened childrenOffset={28}>
              {formsFor(user.role).map((code) => (
                <NavLink
                  key={code}
                  label={getForm(code).title}
                  active={location.pathname.startsWith(`/reports/${code}`)}
                  onClick={() => {
                    navigate(`/reports/${code}`);
                    close();
                  }}
                />
              ))}
            </NavLink>
          )}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {hq ? (
          <HeadOfficeRoutes />
        ) : (
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/reports/:formCode" element={<ReportListPage />} />
            <Route path="/reports/:formCode/:authorId/:periodKey" element={<ReportEditorPage />} />
            <Route
              path="/review"
              element={user.role === 'manager' ? <ReviewListPage /> : <Navigate to="/" />}
            />
            <Route path="/board" element={<BoardPage />} />
            <Route path="/search" element={<SearchPage />} />
            <Route path="/bundles" element={user.role === 'manager' ? <BundlePage /> : <Navigate to="/" />} />
            <Route
              path="/settings/deadlines"
              element={user.role === 'manager' ? <DeadlineSettingsPage /> : <Navigate to="/" />}
            />
            <Route path="/customers" element={<CustomersPage />} />
            <Route path="/people" element={user.role === 'manager' ? <PeoplePage /> : <Navigate to="/" />} />
            <Route path="/office" element={user.role === 'manager' ? <OfficePage /> : <Navigate to="/" />} />
            <Route path="*" element={<Navigate to="/" />} />
          </Routes>
        )}
      </AppShell.Main>
      <ChangePasswordModal opened={pwOpen} onClose={() => setPwOpen(false)} />
    </AppShell>
  );
}
