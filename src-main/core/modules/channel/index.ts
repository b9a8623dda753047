import { channelMethods } from '../../../../src-shared/contract/channel';
import { channelFlowImportMethods } from '../../../../src-shared/contract/channel-flow-import';
import { defineModule } from '../../module';
import { channelSection } from './channel-section';
import { channelHandlers } from './handlers';
import { flowImportHandlers } from './flow-import-handlers';
import * as m019 from './migrations/019-channel';

/** 渠道管控: 商品流向单 (F10), 窜货/低价举报 (F11) and their case file, fines and sanctions. */
export const channelModule = defineModule({
  name: 'channel',
  methods: { ...channelMethods, ...channelFlowImportMethods },
  handlers: { ...channelHandlers, ...flowImportHandlers },
  bundleSection: channelSection,
  migrations: [{ version: 19, name: '019-channel', up: m019.up }],
});

export { verifyCaseLog } from './case-log';
