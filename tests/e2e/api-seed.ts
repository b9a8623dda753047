import type { Page } from '@playwright/test';
import { OFFICE } from './pages/app-pages';

export const MANAGER = { name: '王建国', username: 'wangjg', password: 'manager-pass-1' };
export const REP = { name: '张小明', username: 'zhangxm', password: 'rep-pass-123' };
export const CLERK = { name: '刘芳', username: 'liuf', password: 'clerk-pass-1' };

export async function call(page: Page, url: string, method: string, input: unknown): Promise<unknown> {
  // The host refuses a POST that no page of its own origin sent; a browser's fetch names the origin.
  const res = await page.request.post(`${url}/api/${method}`, { data: input, headers: { Origin: url } });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

/**
 * Sets up an office with a manager, a rep and a clerk through the API, for tests whose subject is
 * a later screen (the setup wizard has its own test). Leaves nobody signed in. `since` is the
 * office's start date and everyone's first day (the day of setup when left out): reports are
 * due from then on.
 */
export async function seedOffice(page: Page, url: string, opts: { since?: string } = {}): Promise<void> {
  const since = opts.since ? { startDate: opts.since } : {};
  await call(page, url, 'setup.initialize', {
    office: { ...OFFICE, address: '南京市鼓楼区中山路100号', phone: '025-84561233', ...since },
    manager: { username: MANAGER.username, displayName: MANAGER.name, password: MANAGER.password, phone: '' },
  });
  await call(page, url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  for (const [p, role] of [
    [REP, 'rep'],
    [CLERK, 'clerk'],
  ] as const) {
    await call(page, url, 'people.create', {
      username: p.username,
      displayName: p.name,
      role,
      password: p.password,
      phone: '',
      ...(opts.since ? { joinedOn: opts.since } : {}),
    });
  }
  await call(page, url, 'auth.signOut', {});
}

export const HQ_ADMIN = { name: '周敏', username: 'xiaoshoubu', password: 'Xsb-2026-zongbu' };

/** Sets up a head-office (销售部) installation with its administrator; leaves nobody signed in. */
export async function seedHeadOffice(page: Page, url: string): Promise<void> {
  await call(page, url, 'setup.initialize', {
    mode: 'headOffice',
    office: {
      company: OFFICE.company,
      officeName: '销售部',
      regionCode: 'HQ',
      regionName: '销售部',
      coverage: '全国各区域',
      address: '',
      phone: '',
      fax: '025-80000001',
    },
    manager: {
      username: HQ_ADMIN.username,
      displayName: HQ_ADMIN.name,
      password: HQ_ADMIN.password,
      phone: '',
    },
  });
}
