import { channelMethods } from '../../../../src-shared/contract/channel';
import { defineModule } from '../../module';
import { channelHandlers } from './handlers';

/** 渠道管控: 商品流向单 (F10), 窜货/低价举报 (F11) and their case file, fines and sanctions. */
export const channelModule = defineModule({
  name: 'channel',
  methods: channelMethods,
  handlers: channelHandlers,
});
