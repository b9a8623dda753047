import type { PerformanceSettings } from '../../../../src-shared/contract/performance';
import { DEFAULT_BONUS_PLAN, DEFAULT_SCORE_SETTINGS } from '../../../../src-shared/domain/performance';
import type { Db } from '../../db/database';
import { readSetting } from '../settings';

/** The settings key of the KPI weights and the bonus plan. */
export const PERFORMANCE_SETTING = 'performance.settings';

/** The defaults an office starts with: the regulation's KPIs weighted by importance, a 3,000 元 base. */
export const DEFAULT_PERFORMANCE_SETTINGS: PerformanceSettings = {
  score: DEFAULT_SCORE_SETTINGS,
  plan: DEFAULT_BONUS_PLAN,
};

/** The KPI weights and bonus plan in force: the manager's, else the defaults. */
export async function loadPerformanceSettings(db: Db): Promise<PerformanceSettings> {
  return (await readSetting<PerformanceSettings>(db, PERFORMANCE_SETTING)) ?? DEFAULT_PERFORMANCE_SETTINGS;
}
