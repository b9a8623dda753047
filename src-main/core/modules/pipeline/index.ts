import { pipelineMethods } from '../../../../src-shared/contract/pipeline';
import { defineModule } from '../../module';
import * as m017 from './migrations/017-opportunities';
import { pipelineHandlers } from './pipeline-handlers';
import { pipelineSection } from './pipeline-section';

/** 销售流程: opportunities from first contact to after-sales, each stage gated by its SOP checklist. */
export const pipelineModule = defineModule({
  name: 'pipeline',
  methods: pipelineMethods,
  handlers: pipelineHandlers,
  bundleSection: pipelineSection,
  migrations: [{ version: 17, name: '017-opportunities', up: m017.up }],
});

export { moveOpportunities } from './opportunity-merge';
