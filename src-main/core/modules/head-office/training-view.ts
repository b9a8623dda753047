import type { z } from 'zod';
import { HQ_CHANNEL_MAX_MONTHS, monthsBetween } from '../../../../src-shared/contract/head-office-channel';
import type { HqTrainingOutput, hqTrainingInput } from '../../../../src-shared/contract/head-office-training';
import type { Db } from '../../db/database';
import { currentTrainingSessions, type HqSession } from './training-sections';

type Input = z.output<typeof hqTrainingInput>;

/** Region names: the offices' as their bundles give them, else the region profiles held here. */
async function regionNames(db: Db): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const r of await db.selectFrom('regions').select(['code', 'name']).execute())
    names.set(r.code, r.name);
  for (const o of await db.selectFrom('ho_offices').select(['code', 'region']).execute())
    if (o.region) names.set(o.code, o.region);
  return names;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Sums of the held sessions given, for everyone or for one person. */
function figuresOf(sessions: readonly HqSession[], userId?: number) {
  let count = 0;
  let sessionHours = 0;
  let personHours = 0;
  let invited = 0;
  let attended = 0;
  let counted = 0;
  let scoreSum = 0;
  let scored = 0;
  for (const s of sessions) {
    if (s.status !== 'held') continue;
    const list = userId === undefined ? s.attendees : s.attendees.filter((a) => a.userId === userId);
    if (list.length === 0 && userId !== undefined) continue;
    count += 1;
    let mine = 0;
    for (const a of list) {
      invited += 1;
      if (a.attendance === 'present' || a.attendance === 'late') {
        attended += 1;
        mine += s.hours;
      }
      if (a.attendance === 'present' || a.attendance === 'late' || a.attendance === 'absent') counted += 1;
      else if (a.attendance === 'excused' && s.excusedCountsAsAbsent) counted += 1;
      if (a.score !== null) {
        scored += 1;
        scoreSum += a.score;
      }
    }
    personHours += mine;
    sessionHours += userId === undefined ? s.hours : mine;
  }
  return {
    sessions: count,
    sessionHours: round1(sessionHours),
    personHours: round1(personHours),
    invited,
    attended,
    rate: counted === 0 ? null : Math.round((attended / counted) * 1000) / 1000,
    averageScore: scored === 0 ? null : round1(scoreSum / scored),
  };
}

/** The months shown: those asked for, else from the first session's month to the last (at most 36). */
function monthsOf(input: Input, sessionMonths: string[]): string[] {
  const sorted = [...new Set(sessionMonths)].sort();
  const from = input.from ?? sorted[0];
  const to = input.to ?? sorted.at(-1);
  if (!from || !to) return [];
  if (from > to) return [];
  return monthsBetween(from, to).slice(-HQ_CHANNEL_MAX_MONTHS);
}

/**
 * 培训 at head office from the current bundles: training hours per region and month for every
 * region; per office and per person for the chosen region, or for all when none is chosen. An
 * office's region is its code, as everywhere at head office.
 */
export async function buildTrainingView(db: Db, input: Input): Promise<HqTrainingOutput> {
  const all = await currentTrainingSessions(db);
  const months = monthsOf(
    input,
    all.map((s) => s.day.slice(0, 7)),
  );
  const shown = all.filter((s) => months.includes(s.day.slice(0, 7)));
  const names = await regionNames(db);
  const codes = new Set<string>([
    ...(await db.selectFrom('ho_offices').select('code').execute()).map((o) => o.code),
    ...shown.map((s) => s.officeCode),
  ]);
  const regions = [...codes].sort().map((code) => {
    const mine = shown.filter((s) => s.officeCode === code);
    const { averageScore: _drop, ...f } = figuresOf(mine);
    return {
      code,
      name: names.get(code) ?? code,
      ...f,
      cells: months.map((month) => ({
        month,
        personHours: figuresOf(mine.filter((s) => s.day.startsWith(month))).personHours,
      })),
    };
  });
  const chosen = shown.filter((s) => !input.region || s.officeCode === input.region);
  const offices = [...new Set(chosen.map((s) => s.officeCode))].sort().map((officeCode) => {
    const mine = chosen.filter((s) => s.officeCode === officeCode);
    const { averageScore: _drop, ...f } = figuresOf(mine);
    return { officeCode, officeName: mine[0]!.officeName, regionCode: officeCode, ...f };
  });
  const people = new Map<string, { officeCode: string; officeName: string; userId: number; name: string }>();
  for (const s of chosen) {
    for (const a of s.attendees) {
      // The latest name an office sent for the person.
      people.set(`${s.officeCode}|${a.userId}`, {
        officeCode: s.officeCode,
        officeName: s.officeName,
        userId: a.userId,
        name: a.name,
      });
    }
  }
  return {
    months,
    regions,
    offices,
    people: [...people.values()]
      .map((p) => ({
        ...p,
        ...figuresOf(
          chosen.filter((s) => s.officeCode === p.officeCode),
          p.userId,
        ),
      }))
      .filter((p) => p.invited > 0)
      .sort(
        (a, b) =>
          a.officeCode.localeCompare(b.officeCode) ||
          b.personHours - a.personHours ||
          a.name.localeCompare(b.name, 'zh-CN'),
      ),
  };
}
