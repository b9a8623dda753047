import { referenceBundleMethods } from '../../../../src-shared/contract/reference-bundles';
import { defineModule } from '../../module';
import { referenceBundleHandlers } from './handlers';

/** 参考数据包: head office publishes signed reference bundles, offices verify and import them. */
export const referenceBundlesModule = defineModule({
  name: 'reference-bundles',
  methods: referenceBundleMethods,
  handlers: referenceBundleHandlers,
});
