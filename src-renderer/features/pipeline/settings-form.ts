import type { UseFormReturnType } from '@mantine/form';
import type { ChecklistItemDef, PipelineSettings, StageDef } from '../../../src-shared/contract';

/** A stage as the settings form holds it: an empty 停留上限 means no limit. */
export type FormStage = Omit<StageDef, 'limitDays' | 'probability'> & {
  probability: number | string;
  limitDays: number | string | null;
};
export type SettingsValues = { stages: FormStage[]; attachmentMaxMb: number | string };
export type SettingsForm = UseFormReturnType<SettingsValues>;

let counter = 0;
/** A fresh key for a stage or item added on screen; keys never change once saved (they are what opportunities refer to). */
export function newKey(prefix: 's' | 'i'): string {
  counter += 1;
  return `${prefix}_${Date.now().toString(36)}${counter}`;
}

export const newStage = (): FormStage => ({
  key: newKey('s'),
  name: '',
  probability: '',
  limitDays: null,
  checklist: [],
});

export const newItem = (): ChecklistItemDef => ({
  key: newKey('i'),
  label: '',
  evidence: 'none',
  evidenceLabel: '',
});

/** The form's values as the API takes them. */
export function toSettings(v: SettingsValues): PipelineSettings {
  return {
    attachmentMaxMb: Number(v.attachmentMaxMb),
    stages: v.stages.map((s) => ({
      ...s,
      probability: Number(s.probability),
      limitDays: s.limitDays === '' || s.limitDays === null ? null : Number(s.limitDays),
      checklist: s.checklist.map((c) => ({
        ...c,
        evidenceLabel: c.evidence === 'none' ? '' : c.evidenceLabel,
      })),
    })),
  };
}
