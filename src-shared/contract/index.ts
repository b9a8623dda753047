import './zod-locale';
import type { z } from 'zod';
import { authMethods } from './auth';
import { backupsMethods } from './backups';
import { boardMethods } from './board';
import { channelMethods } from './channel';
import { channelFlowImportMethods } from './channel-flow-import';
import { bundleMethods } from './bundles';
import { customerMethods } from './customers';
import type { MethodDef } from './define';
import { documentsMethods } from './documents';
import { headOfficeMethods } from './head-office';
import { headOfficeChannelMethods } from './head-office-channel';
import { headOfficeTrainingMethods } from './head-office-training';
import { diagnosticsMethods } from './diagnostics';
import { homeMethods } from './home';
import { keysMethods } from './keys';
import { officeMethods } from './office';
import { peopleMethods } from './people';
import { pipelineMethods } from './pipeline';
import { referenceMethods } from './reference';
import { referenceBundleMethods } from './reference-bundles';
import { bonusMethods, performanceMethods } from './performance';
import { regionsMethods } from './regions';
import { reportMethods } from './reports';
import { salesMethods } from './sales';
import { settingsMethods } from './settings';
import { targetsMethods } from './targets';
import { developmentMethods } from './development';
import { trainingMethods } from './training';
import { trainingDocumentMethods } from './training-documents';

/**
 * The whole API: method name -> input, output and who may call it. Each module declares its
 * methods in a file of its own (and which installations answer them); this is the one place
 * that joins them, a line per module.
 */
export const contract = {
  ...officeMethods,
  ...authMethods,
  ...peopleMethods,
  ...keysMethods,
  ...regionsMethods,
  ...settingsMethods,
  ...customerMethods,
  ...salesMethods,
  ...pipelineMethods,
  ...referenceMethods,
  ...referenceBundleMethods,
  ...channelMethods,
  ...channelFlowImportMethods,
  ...trainingMethods,
  ...developmentMethods,
  ...trainingDocumentMethods,
  ...targetsMethods,
  ...performanceMethods,
  ...bonusMethods,
  ...reportMethods,
  ...documentsMethods,
  ...homeMethods,
  ...diagnosticsMethods,
  ...boardMethods,
  ...bundleMethods,
  ...headOfficeMethods,
  ...headOfficeChannelMethods,
  ...headOfficeTrainingMethods,
  ...backupsMethods,
} satisfies Record<string, MethodDef>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = z.output<Contract[M]['output']>;

/** Whether a string names a method of the contract. */
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './backups';
export * from './board';
export * from './bundles';
export * from './common';
export * from './customers';
export * from './define';
export * from './documents';
export * from './head-office';
export * from './head-office-channel';
export * from './head-office-training';
export * from './diagnostics';
export * from './home';
export * from './keys';
export * from './office';
export * from './people';
export * from './pipeline';
export * from './performance';
export * from './regions';
export * from './report-record';
export * from './reports';
export * from './sales';
export * from './settings';
export * from './targets';
export * from './development';
export * from './training';
export * from './training-documents';
