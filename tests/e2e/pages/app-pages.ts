import { expect, type Page } from '@playwright/test';

export const OFFICE = {
  company: '华禾医药有限公司',
  officeName: '南京办事处',
  regionCode: 'HD-01',
  regionName: '华东',
  coverage: '江苏省南京市、镇江市、扬州市',
  fax: '025-84561234',
};

/** The first-start wizard. */
export class SetupPage {
  constructor(private readonly page: Page) {}

  async complete(manager: { name: string; username: string; password: string }) {
    const p = this.page;
    await p.getByLabel('公司名称').fill(OFFICE.company);
    await p.getByLabel('办事处名称').fill(OFFICE.officeName);
    await p.getByLabel('区域编码').fill(OFFICE.regionCode);
    await p.getByLabel('区域名称').fill(OFFICE.regionName);
    await p.getByLabel('覆盖省市').fill(OFFICE.coverage);
    await p.getByLabel('传真号').fill(OFFICE.fax);
    await p.getByRole('button', { name: '下一步' }).click();
    await p.getByLabel('姓名').fill(manager.name);
    await p.getByLabel('登录名').fill(manager.username);
    await p.getByLabel(/^密码/).fill(manager.password);
    await p.getByLabel('确认密码').fill(manager.password);
    await p.getByRole('button', { name: '完成设置' }).click();
    await expect(p.getByRole('button', { name: '登录' })).toBeVisible();
  }
}

/** Sign-in and sign-out. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async signIn(username: string, password: string) {
    await this.page.getByLabel('登录名').fill(username);
    await this.page.getByLabel('密码').fill(password);
    await this.page.getByRole('button', { name: '登录' }).click();
    await expect(this.page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  }

  async signOut() {
    // A toast opens over the header's right end and stays while the pointer rests on it, so one
    // still showing is closed first, as a person would, before the account menu is reached (it
    // may also close by itself meanwhile, which is as good).
    // A toast that arrives just after that (the answer to the last action) is closed the same way
    // and the menu tried again: the pointer resting on it would otherwise keep it there for good.
    await expect(async () => {
      for (const toast of await this.page.locator('.mantine-Notification-root').all())
        await toast
          .getByRole('button')
          .click({ timeout: 2_000 })
          .catch(() => undefined);
      await this.page.getByRole('button', { name: '账号菜单' }).click({ timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
    await this.page.getByRole('menuitem', { name: '退出登录' }).click();
    await expect(this.page.getByRole('button', { name: '登录' })).toBeVisible();
  }
}

/** The manager's people page. */
export class PeoplePage {
  constructor(private readonly page: Page) {}

  async addPerson(p: { name: string; username: string; password: string; role: '营销代表' | '内勤' }) {
    const page = this.page;
    await page.getByRole('navigation', { name: '主导航' }).getByText('人员').click();
    await page.getByRole('button', { name: '添加人员' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill(p.name);
    await dialog.getByLabel('登录名').fill(p.username);
    await dialog.getByLabel('角色').click();
    await page.getByRole('option', { name: p.role }).click();
    await dialog.getByLabel('初始密码').fill(p.password);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('cell', { name: p.username })).toBeVisible();
  }
}
