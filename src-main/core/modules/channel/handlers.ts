import type { channelMethods } from '../../../../src-shared/contract/channel';
import type { ModuleHandlers } from '../../handler-types';

export const channelHandlers = {} satisfies ModuleHandlers<typeof channelMethods>;
