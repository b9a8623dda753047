import { z } from 'zod';
import { empty, isoDate, password, text, timestamp, userSummary, username } from './common';
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

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Whether a text is an IPv6 address; the URL parser knows the notation, so no hand-written grammar. */
function isIpv6(address: string): boolean {
  if (!address.includes(':') || !/^[0-9a-fA-F:.]+$/.test(address)) return false;
  try {
    return new URL(`http://[${address}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** Whether a text is a network as people write it: 192.168.1.0/24, fd00::/64, or one address. */
export function isSubnet(value: string): boolean {
  const [address = '', prefix, ...rest] = value.split('/');
  if (rest.length || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) return false;
  if (IPV4.test(address)) return prefix === undefined || Number(prefix) <= 32;
  return isIpv6(address) && (prefix === undefined || Number(prefix) <= 128);
}

/** LAN access as 办事处设置 edits it. */
export const lanSettings = z
  .object({
    enabled: z.boolean({ error: '请选择是否开启局域网访问' }),
    allowedSubnets: z
      .array(z.string().trim().min(1), { error: '允许访问的网段须为列表' })
      .max(50, '允许访问的网段最多 50 条')
      .superRefine((list, ctx) => {
        const bad = list.findIndex((s) => !isSubnet(s));
        if (bad >= 0) {
          ctx.addIssue({
            code: 'custom',
            message: `第 ${bad + 1} 行“${list[bad]}”不是有效的网段,请写成 192.168.1.0/24 这样的形式`,
          });
        }
      }),
  })
  .strict();
export type LanSettingsInput = z.infer<typeof lanSettings>;

/** LAN access as the office page shows it: the setting, the certificate and where to open it. */
export const lanStatus = lanSettings.extend({
  /** The host was started with --lan: HTTPS runs whatever the switch says. */
  forcedByCommandLine: z.boolean(),
  /** The port of the running host's HTTPS listener, null when none runs. */
  httpsPort: z.number().int().nullable(),
  /** What other PCs type into the browser, when HTTPS runs. */
  urls: z.array(z.string()),
  certificate: z
    .object({
      fingerprint: z.string(),
      names: z.array(z.string()),
      notAfter: timestamp,
    })
    .nullable(),
});
export type LanStatus = z.infer<typeof lanStatus>;

/** A sign-in and the address it came from, as the office page lists them. */
export const signInRecord = z.object({
  at: timestamp,
  username: z.string(),
  displayName: z.string(),
  /** The client's IP address, or `ipc:<n>` for a window of the desktop app. */
  client: z.string(),
});

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
  'office.lan': method({ input: empty, output: lanStatus, access: ['manager'] }),
  'office.setLan': method({ input: lanSettings, output: lanStatus, access: ['manager'] }),
  /** The certificate file of HTTPS on the LAN, to install on another PC. */
  'office.lanCertificate': method({
    input: empty,
    output: z.object({ fileId: z.string(), fileName: z.string() }),
    access: ['manager'],
  }),
  /** Recent sign-ins with the address each came from, newest first. */
  'office.signIns': method({
    input: empty,
    output: z.object({ days: z.number().int(), records: z.array(signInRecord) }),
    access: ['manager'],
  }),
};
