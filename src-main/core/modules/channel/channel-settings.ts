import type { ChannelSettings } from '../../../../src-shared/contract/channel';
import { DEFAULT_F10_DUE_DAY, MIN_FINE_MULTIPLE } from '../../../../src-shared/domain/channel';
import type { Db } from '../../db/database';
import { readSetting } from '../settings';

/** The settings key of the fine multiple and the F10 due day. */
export const CHANNEL_SETTING = 'channel.settings';

/** The regulation's values: 5倍 and 次月5日前. */
export const DEFAULT_CHANNEL_SETTINGS: ChannelSettings = {
  fineMultiple: MIN_FINE_MULTIPLE,
  f10DueDay: DEFAULT_F10_DUE_DAY,
};

/** The settings in force: the manager's, else the regulation's. */
export async function loadChannelSettings(db: Db): Promise<ChannelSettings> {
  return {
    ...DEFAULT_CHANNEL_SETTINGS,
    ...(await readSetting<Partial<ChannelSettings>>(db, CHANNEL_SETTING)),
  };
}
