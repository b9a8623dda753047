import { headOfficeMethods } from '../../../../src-shared/contract/head-office';
import { headOfficeChannelMethods } from '../../../../src-shared/contract/head-office-channel';
import { headOfficeTrainingMethods } from '../../../../src-shared/contract/head-office-training';
import { defineModule } from '../../module';
import { channelHandlers } from './channel-handlers';
import { importHandlers } from './import-handlers';
import * as m009 from './migrations/009-bundle-sections';
import * as m021 from './migrations/021-bundles-out-of-rows';
import { readHandlers } from './read-handlers';
import { trainingHandlers } from './training-handlers';

/** 销售部: offices' keys, verified import of their bundles, and the consolidated view. */
export const headOfficeModule = defineModule({
  name: 'head-office',
  methods: { ...headOfficeMethods, ...headOfficeChannelMethods, ...headOfficeTrainingMethods },
  handlers: { ...importHandlers, ...readHandlers, ...channelHandlers, ...trainingHandlers },
  migrations: [
    { version: 9, name: '009-bundle-sections', up: m009.up },
    { version: 21, name: '021-bundles-out-of-rows', up: m021.up },
  ],
});

export { applyDealerSanctions } from './channel-sanctions';
