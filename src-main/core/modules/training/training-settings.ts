import type { TrainingSettings } from '../../../../src-shared/contract/training';
import { DEFAULT_TRAINING_CATEGORIES } from '../../../../src-shared/domain/training/sessions';
import type { Db } from '../../db/database';
import { readSetting } from '../settings';

/** The settings key of the training categories and the attendance rate's rule. */
export const TRAINING_SETTING = 'training.settings';

/** The regulation's subjects, and 请假 left out of the attendance rate. */
export const DEFAULT_TRAINING_SETTINGS: TrainingSettings = {
  categories: [...DEFAULT_TRAINING_CATEGORIES],
  excusedCountsAsAbsent: false,
};

/** The settings in force: the manager's, else the defaults. */
export async function loadTrainingSettings(db: Db): Promise<TrainingSettings> {
  return {
    ...DEFAULT_TRAINING_SETTINGS,
    ...(await readSetting<Partial<TrainingSettings>>(db, TRAINING_SETTING)),
  };
}
