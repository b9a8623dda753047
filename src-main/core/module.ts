import type { MethodDef } from '../../src-shared/contract';
import type { Migration } from './db/migrations';
import type { BundleSectionHandler, HandlerContext, ModuleHandlers, SetupInfo } from './handler-types';

/**
 * A capability of the core: the methods of its contract file and their handlers, the schema
 * steps that create its tables, and what it does at the installation's moments. The registry
 * (modules/index.ts) joins the modules; nothing else names them.
 */
export interface CoreModule<C extends Record<string, MethodDef> = Record<string, MethodDef>> {
  name: string;
  /** The module's part of the contract (src-shared/contract/<module>.ts). */
  methods: C;
  handlers: ModuleHandlers<C>;
  /** Numbered schema steps for the module's tables, from version 5 on (1–4 came before modules). */
  migrations?: readonly Migration[];
  afterSetup?: (ctx: HandlerContext, setup: SetupInfo) => Promise<void>;
  /** The module's section of the monthly bundle's data, if it sends head office anything. */
  bundleSection?: BundleSectionHandler;
}

/** Declares a module; the handler map is typed from the module's own methods. */
export function defineModule<C extends Record<string, MethodDef>>(module: CoreModule<C>): CoreModule<C> {
  return module;
}
