import { bundleMethods } from '../../../../src-shared/contract/bundles';
import { defineModule } from '../../module';
import { bundleHandlers } from './bundle-handlers';

/** 月度报送: the month's signed bundle for head office, the outbox and the mail hand-off. */
export const bundlesModule = defineModule({
  name: 'bundles',
  methods: bundleMethods,
  handlers: bundleHandlers,
});
export { outboxDir } from './export-repo';
export { PaperWarmer } from './paper-warmer';
