import type { InputOf } from '../../../src-shared/contract';
import { type SessionSummary, sessionFields } from '../../../src-shared/contract/training';
import { hoursBetween } from '../../../src-shared/domain/training/sessions';

export interface SessionFormValues {
  topic: string;
  category: string | null;
  trainerKind: 'internal' | 'outside';
  trainerId: string | null;
  trainerName: string;
  day: string | null;
  startTime: string;
  endTime: string;
  place: string;
  /** 学时; empty means the length of the session. */
  hours: number | string;
  notes: string;
  attendeeIds: string[];
  /** The region's reps and clerks on the day join the list. */
  wholeRegion: boolean;
}

type Fields = InputOf<'training.save'>['fields'];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function initialSessionValues(opts: {
  today: string;
  me: number;
  existing?: { session: SessionSummary; attendeeIds: number[] } | null;
}): SessionFormValues {
  const e = opts.existing;
  if (e) {
    const s = e.session;
    return {
      topic: s.topic,
      category: s.category,
      trainerKind: s.trainerId === null ? 'outside' : 'internal',
      trainerId: s.trainerId === null ? null : String(s.trainerId),
      trainerName: s.trainerId === null ? s.trainerName : '',
      day: s.day,
      startTime: s.startTime,
      endTime: s.endTime,
      place: s.place,
      hours: s.hours === hoursBetween(s.startTime, s.endTime) ? '' : s.hours,
      notes: s.notes,
      attendeeIds: e.attendeeIds.map(String),
      wholeRegion: false,
    };
  }
  return {
    topic: '',
    category: null,
    trainerKind: 'internal',
    trainerId: String(opts.me),
    trainerName: '',
    day: opts.today,
    startTime: '09:00',
    endTime: '11:00',
    place: '',
    hours: '',
    notes: '',
    attendeeIds: [],
    wholeRegion: true,
  };
}

/** The 学时 the session gets when the box is left empty, or null while the times are not valid. */
export function defaultHours(v: SessionFormValues): number | null {
  if (!TIME.test(v.startTime) || !TIME.test(v.endTime) || v.endTime <= v.startTime) return null;
  return hoursBetween(v.startTime, v.endTime);
}

/**
 * The API's fields: the trainer of the chosen kind, the people picked, and the region when the
 * whole region is to attend (head office resolves it to its members on the session day, so a
 * session moved to another day gets that day's people).
 */
export function toSessionFields(v: SessionFormValues, regionId: number | null): Fields {
  const picked = v.attendeeIds.map(Number);
  return {
    topic: v.topic.trim(),
    category: v.category ?? '',
    ...(v.trainerKind === 'internal' && v.trainerId ? { trainerId: Number(v.trainerId) } : {}),
    ...(v.trainerKind === 'outside' ? { trainerName: v.trainerName.trim() } : {}),
    day: v.day ?? '',
    startTime: v.startTime.trim(),
    endTime: v.endTime.trim(),
    place: v.place.trim(),
    ...(v.hours === '' ? {} : { hours: Number(v.hours) }),
    notes: v.notes.trim(),
    attendeeIds: [...new Set(picked)],
    regionIds: v.wholeRegion && regionId !== null ? [regionId] : [],
  };
}

/** The API's field paths as the form names them. */
export function formPathOf(apiPath: string): string {
  const path = apiPath.replace(/^fields\./, '');
  if (path.startsWith('attendeeIds')) return 'attendeeIds';
  if (path === 'trainerName' || path === 'trainerId') return path;
  return path.split('.')[0]!;
}

/** The contract's checks, each message at its field, plus the ones only the screen can make. */
export function validateSession(
  v: SessionFormValues,
  regionId: number | null,
  regionPeopleOn: (day: string) => number[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.category) errors.category = '请选择培训类别';
  if (!v.day) errors.day = '请填写培训日期';
  if (v.trainerKind === 'internal' && !v.trainerId) errors.trainerId = '请选择内部讲师';
  if (v.trainerKind === 'outside' && !v.trainerName.trim()) errors.trainerName = '请填写外部讲师姓名';
  if (v.hours !== '' && !Number.isFinite(Number(v.hours))) errors.hours = '学时须为数字';
  const fields = toSessionFields(v, regionId);
  const parsed = sessionFields.safeParse(fields);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = formPathOf(issue.path.join('.'));
      errors[path === 'trainerName' && v.trainerKind === 'internal' ? 'trainerId' : path] ??= issue.message;
    }
  const regionPeople = v.wholeRegion && v.day ? regionPeopleOn(v.day) : [];
  if ((fields.attendeeIds ?? []).length === 0 && regionPeople.length === 0)
    errors.attendeeIds ??= v.wholeRegion
      ? '培训当天区域内没有人员,请选择参训人员'
      : '请选择参训人员或整个区域';
  return errors;
}
