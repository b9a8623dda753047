import type { MethodDef } from '../../../src-shared/contract';
import { FOUNDATION_MIGRATIONS, orderMigrations } from '../db/migrations';
import type {
  BundleSectionHandler,
  Handlers,
  HandlerContext,
  ModuleHooks,
  SetupInfo,
} from '../handler-types';
import type { CoreModule } from '../module';
import { attachmentsModule } from './attachments';
import { authModule } from './auth';
import { backupsModule } from './backups';
import { boardModule } from './board';
import { bundlesModule } from './bundles';
import { channelModule } from './channel';
import { customersModule } from './customers';
import { diagnosticsModule } from './diagnostics';
import { documentsModule } from './documents';
import { headOfficeModule } from './head-office';
import { homeModule } from './home';
import { keysModule } from './keys';
import { officeModule } from './office';
import { peopleModule } from './people';
import { pipelineModule } from './pipeline';
import { referenceModule } from './reference';
import { referenceBundlesModule } from './reference-bundles';
import { performanceModule } from './performance';
import { regionsModule } from './regions';
import { reportsModule } from './reports';
import { salesModule } from './sales';
import { settingsModule } from './settings';
import { targetsModule } from './targets';
import { trainingModule } from './training';

/** The core's modules: the one list that names them, a line per module. */
export const MODULES = [
  authModule,
  regionsModule,
  officeModule,
  peopleModule,
  settingsModule,
  keysModule,
  customersModule,
  salesModule,
  attachmentsModule,
  pipelineModule,
  referenceModule,
  referenceBundlesModule,
  channelModule,
  trainingModule,
  targetsModule,
  performanceModule,
  reportsModule,
  documentsModule,
  homeModule,
  diagnosticsModule,
  boardModule,
  bundlesModule,
  headOfficeModule,
  backupsModule,
] as const;

type Joined<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** Every method's handler, joined from the modules; a contract method no module answers fails the build. */
export const HANDLERS: Handlers = Object.assign({}, ...MODULES.map((m) => m.handlers)) as Joined<
  (typeof MODULES)[number]['handlers']
>;

/** Every schema step: the foundation's, then each module's, in version order. */
export const MIGRATIONS = orderMigrations([
  ...FOUNDATION_MIGRATIONS,
  ...MODULES.flatMap((m: CoreModule<Record<string, MethodDef>>) => m.migrations ?? []),
]);

/** The schema version this build of the app writes. */
export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/** The modules' contributions to the installation's moments, run in registry order. */
export const HOOKS: ModuleHooks = {
  afterSetup: async (ctx: HandlerContext, setup: SetupInfo) => {
    for (const m of MODULES as readonly CoreModule<Record<string, MethodDef>>[]) {
      await m.afterSetup?.(ctx, setup);
    }
  },
};

/** The modules' sections of the monthly bundle's data. */
export const BUNDLE_SECTION_HANDLERS: readonly BundleSectionHandler[] = (
  MODULES as readonly CoreModule<Record<string, MethodDef>>[]
).flatMap((m) => (m.bundleSection ? [m.bundleSection] : []));
