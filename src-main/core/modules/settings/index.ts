import { settingsMethods } from '../../../../src-shared/contract/settings';
import { defineModule } from '../../module';
import { settingsHandlers } from './deadline-settings';

/** The installation's settings, the regulation's deadlines first among them. */
export const settingsModule = defineModule({
  name: 'settings',
  methods: settingsMethods,
  handlers: settingsHandlers,
});

export { loadDeadlines } from './deadline-settings';
export { readSetting, writeSetting } from './setting-store';
