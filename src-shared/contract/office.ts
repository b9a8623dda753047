import { z } from 'zod';
import { empty, isoDate, password, text, userSummary, username } from './common';
import { method } from './define';

export const officeProfile = z.object({
  company: text('公司名称', 100, 1),
  regionCode: text('区域编码', 20, 1).regex(/^[A-Za-z0-9-]+$/, '区域编码只能用字母、数字和短横线'),
  regionName: text('区域名称', 50, 1),
  coverage: text('覆盖省市', 500, 1),
  officeName: text('办事处名称', 100, 1),
  address: text('地址', 200),
  phone: text('电话', 40),
  fax: text('传真号', 40, 1),
  /**
   * 启用日期: the first day the office works in RegionDesk. Nothing is due before it; the wizard
   * sets it (the setup day when left out) and 办事处设置 may move it.
   */
  startDate: isoDate.optional(),
});
export type OfficeProfile = z.infer<typeof officeProfile>;

/** A regional office, or head office's sales department (销售部), which imports the offices' bundles. */
export const INSTALLATION_MODES = ['office', 'headOffice'] as const;
export const installationMode = z.enum(INSTALLATION_MODES, { error: '请选择本机用途' });
export type InstallationMode = z.infer<typeof installationMode>;

export const officeMethods = {
  'setup.status': method({
    input: empty,
    output: z.object({
      configured: z.boolean(),
      mode: installationMode.nullable(),
      office: officeProfile.nullable(),
    }),
    access: 'public',
  }),
  'setup.initialize': method({
    input: z
      .object({
        mode: installationMode.default('office'),
        office: officeProfile,
        manager: z
          .object({ username, displayName: text('姓名', 50, 1), password, phone: text('电话', 40) })
          .strict(),
      })
      .strict(),
    output: userSummary,
    access: 'public',
  }),
  'office.update': method({ input: officeProfile.strict(), output: officeProfile, access: ['manager'] }),
};
