import { sql } from 'kysely';
import type { LanSettingsInput, LanStatus, officeMethods } from '../../../../src-shared/contract/office';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type HandlerContext, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { currentLanNames, ensureLanCertificate } from '../../platform/lan-certificate';
import {
  lanUrls,
  parseSubnet,
  readLanSettings,
  readListenerState,
  writeLanSettings,
} from '../../platform/lan-settings';

/** How far back the office page lists sign-ins, and how many at most. */
const SIGN_IN_DAYS = 30;
const MAX_SIGN_INS = 200;

/**
 * The LAN certificate, made now when it is missing or no longer names this PC's addresses (an
 * office set up before LAN access existed, a new network). Showing the page is enough to make it.
 */
async function lanStatus(ctx: HandlerContext): Promise<LanStatus> {
  const settings = readLanSettings(ctx.dataDir);
  const names = currentLanNames();
  const { cert } = await ensureLanCertificate(ctx.dataDir, ctx.now(), names);
  const listener = readListenerState(ctx.dataDir);
  return {
    ...settings,
    forcedByCommandLine: listener?.forced ?? false,
    httpsPort: listener?.port ?? null,
    urls: listener ? lanUrls(names.ips, listener.port) : [],
    certificate: { fingerprint: cert.fingerprint, names: cert.names, notAfter: cert.notAfter },
  };
}

/** Makes the certificate when the office is set up; a failure leaves setup done and is made good later. */
export async function makeLanCertificateAtSetup(ctx: HandlerContext): Promise<void> {
  try {
    await ensureLanCertificate(ctx.dataDir, ctx.now());
  } catch (err) {
    console.error('[regiondesk] LAN certificate not made at setup; it will be made on first use:', err);
  }
}

function checkedSubnets(input: LanSettingsInput): string[] {
  const subnets = [...new Set(input.allowedSubnets.map((s) => s.trim()))];
  // The contract checked the notation; Node's parser is what the host will use, so it decides.
  const bad = subnets.find((s) => parseSubnet(s) === null);
  if (bad !== undefined) {
    const message = `“${bad}”不是有效的网段,请写成 192.168.1.0/24 这样的形式`;
    throw new ApiError('BAD_INPUT', message, { allowedSubnets: message });
  }
  return subnets;
}

export const lanHandlers = {
  'office.lan': async (_input, ctx) => lanStatus(ctx),

  'office.setLan': async (input, ctx) => {
    const me = currentUser(ctx);
    const settings = { enabled: input.enabled, allowedSubnets: checkedSubnets(input) };
    const before = readLanSettings(ctx.dataDir);
    // The certificate first: turning LAN access on must not fail afterwards for want of one.
    await ensureLanCertificate(ctx.dataDir, ctx.now());
    writeLanSettings(ctx.dataDir, settings);
    await writeAudit(ctx.db, {
      actorId: me.id,
      action: 'updateLan',
      entity: 'office',
      entityId: 1,
      at: nowIso(ctx),
      detail: { before, after: settings },
    });
    return lanStatus(ctx);
  },

  'office.lanCertificate': async (_input, ctx) => {
    const { cert } = await ensureLanCertificate(ctx.dataDir, ctx.now());
    const fileName = 'regiondesk-office.crt';
    const saved = ctx.files.add(
      Buffer.from(cert.certPem, 'utf8'),
      fileName,
      'application/x-x509-ca-cert',
      ctx.caller.sessionToken,
    );
    return { fileId: saved.id, fileName };
  },

  'office.signIns': async (_input, ctx) => {
    const since = new Date(ctx.now().getTime() - SIGN_IN_DAYS * 86_400_000).toISOString();
    const rows = await ctx.db
      .selectFrom('audit_log')
      .innerJoin('users', 'users.id', 'audit_log.actor_id')
      .select([
        'audit_log.at as at',
        'users.username as username',
        'users.display_name as displayName',
        // Sign-ins recorded before addresses were kept show as unknown.
        sql<string>`coalesce(json_extract(audit_log.detail, '$.client'), '')`.as('client'),
      ])
      .where('audit_log.action', '=', 'signIn')
      .where('audit_log.entity', '=', 'user')
      .where('audit_log.at', '>=', since)
      .orderBy('audit_log.id', 'desc')
      .limit(MAX_SIGN_INS)
      .execute();
    return { days: SIGN_IN_DAYS, records: rows };
  },
} satisfies Partial<ModuleHandlers<typeof officeMethods>>;
