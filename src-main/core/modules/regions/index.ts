import { regionsMethods } from '../../../../src-shared/contract/regions';
import { defineModule } from '../../module';
import * as m005 from './migrations/005-regions';
import { regionHandlers } from './region-handlers';
import { regionsSection } from './region-section';

/** 区域划分: the office's region, head office's regions, and who belonged to which, when. */
export const regionsModule = defineModule({
  name: 'regions',
  methods: regionsMethods,
  handlers: regionHandlers,
  migrations: [{ version: 5, name: '005-regions', up: m005.up }],
  bundleSection: regionsSection,
});

export {
  assign,
  endAssignment,
  followAccount,
  membershipOn,
  officeRegion,
  type RegionProfile,
  saveRegion,
  supervisorOn,
  updateRegion,
} from './region-repo';
export { regionView } from './region-handlers';
export type { Region } from './tables';
