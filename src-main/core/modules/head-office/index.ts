import { headOfficeMethods } from '../../../../src-shared/contract/head-office';
import { defineModule } from '../../module';
import { importHandlers } from './import-handlers';
import * as m009 from './migrations/009-bundle-sections';
import { readHandlers } from './read-handlers';

/** 销售部: offices' keys, verified import of their bundles, and the consolidated view. */
export const headOfficeModule = defineModule({
  name: 'head-office',
  methods: headOfficeMethods,
  handlers: { ...importHandlers, ...readHandlers },
  migrations: [{ version: 9, name: '009-bundle-sections', up: m009.up }],
});
