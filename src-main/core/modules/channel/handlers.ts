import type { channelMethods } from '../../../../src-shared/contract/channel';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeSetting } from '../settings';
import { caseHandlers } from './case-handlers';
import { CHANNEL_SETTING, loadChannelSettings } from './channel-settings';
import { documentHandlers } from './document-handlers';
import { evidenceHandlers } from './evidence-handlers';
import { flowHandlers } from './flow-handlers';

export const channelHandlers = {
  'channel.settings': async (_input, ctx) => loadChannelSettings(ctx.db),

  'channel.updateSettings': async (input, ctx) => {
    const me = currentUser(ctx);
    await ctx.db
      .transaction()
      .execute((trx) =>
        writeSetting(trx, { key: CHANNEL_SETTING, value: input, actorId: me.id, at: nowIso(ctx) }),
      );
    return loadChannelSettings(ctx.db);
  },

  ...caseHandlers,
  ...evidenceHandlers,
  ...flowHandlers,
  ...documentHandlers,
} satisfies ModuleHandlers<typeof channelMethods>;
