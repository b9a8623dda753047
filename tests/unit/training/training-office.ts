import type { InputOf } from '../../../src-shared/contract';
import { call, expectOk, readRows, startOffice } from '../../helpers/core-harness';

export type TrainingOffice = Awaited<ReturnType<typeof startOffice>>;

/** Tuesday 8 December 2026, 10:00 in the office. */
export const DEC_8 = '2026-12-08T02:00:00.000Z';

/** The office's region (华东三区), whose people a session can name as a whole. */
export function officeRegionId(o: TrainingOffice): number {
  return Number(readRows(o.dbFile, 'select region_id from office')[0]!.region_id);
}

/** A morning of product knowledge for the region, given by the manager. */
export const PRODUCT_MORNING: InputOf<'training.save'>['fields'] = {
  topic: '康健牌血糖试纸新品知识',
  category: '产品知识',
  trainerName: '',
  day: '2026-12-03',
  startTime: '09:00',
  endTime: '11:30',
  place: '办事处会议室',
  notes: '',
  attendeeIds: [],
  regionIds: [],
};

/** Schedules a session as the manager and returns its id. */
export async function schedule(o: TrainingOffice, fields: Partial<InputOf<'training.save'>['fields']> = {}) {
  return expectOk(
    await call(o.core, o.manager, 'training.save', {
      fields: { ...PRODUCT_MORNING, trainerId: o.managerId, ...fields },
    }),
  ).session.id;
}
