import type { ImportResult, InspectedBundle } from '../../../src-shared/contract';

/** A bundle's revision, e.g. 第 2 版. */
export function revisionLabel(revision: number): string {
  return `第 ${revision} 版`;
}

/** A file size in whole kilobytes, never 0 for a file that has content. */
export function sizeLabel(bytes: number): string {
  return `${bytes > 0 ? Math.max(1, Math.ceil(bytes / 1024)) : 0} KB`;
}

type InspectState = InspectedBundle['state'];

/** What the import list says about a bundle before importing it. */
export const INSPECT_STATE_LABELS: Record<InspectState, string> = {
  ready: '可导入',
  unknownOffice: '新办事处（需确认公钥指纹）',
  duplicate: '已导入过（不会重复导入）',
  rejected: '已拒绝',
};

export const INSPECT_STATE_COLORS: Record<InspectState, string> = {
  ready: 'green',
  unknownOffice: 'yellow',
  duplicate: 'gray',
  rejected: 'red',
};

/** One sentence on what an import did. */
export function importResultLabel(result: ImportResult): string {
  if (result.outcome === 'unchanged') return '已是最新，未改动';
  if (result.historyOnly) return '已导入（作为历史版本）';
  const parts = ['已导入'];
  if (result.supersededRevision !== null) parts.push(`替换了${revisionLabel(result.supersededRevision)}`);
  if (result.registeredFingerprint) parts.push('已登记公钥');
  return parts.join('，');
}

/** Key sources in the offices list. */
export const KEY_SOURCE_LABELS = { file: '公钥文件', firstImport: '首次导入确认' } as const;
