import type { headOfficeChannelMethods } from '../../../../src-shared/contract/head-office-channel';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { currentUser, type ModuleHandlers } from '../../handler-types';
import { bundleChannelSummary } from './channel-bundle';
import { buildChannelView } from './channel-view';

export const channelHandlers = {
  'hq.channel': async (input, ctx) => {
    currentUser(ctx);
    return buildChannelView(ctx.db, input, officeDay(ctx.now()));
  },

  'hq.channel.bundle': async (input, ctx) => {
    currentUser(ctx);
    return bundleChannelSummary(ctx.db, input.bundleId);
  },
} satisfies ModuleHandlers<typeof headOfficeChannelMethods>;
