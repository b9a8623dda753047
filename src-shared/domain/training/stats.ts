import type { Attendance, SessionStatus } from './sessions';

/** A session as the figures need it. */
export interface StatsSession {
  id: number;
  day: string;
  hours: number;
  status: SessionStatus;
}

/** One invitation: who was on a session's list, and what the clerk entered (null: not yet). */
export interface StatsInvitation {
  sessionId: number;
  userId: number;
  attendance: Attendance | null;
  score: number | null;
}

/** A span of days a person belonged to the office's region (to null: still does). */
export interface StatsMembership {
  userId: number;
  fromDay: string;
  toDay: string | null;
}

/** One person's training figures over a span of days. */
export interface PersonTrainingFigures {
  userId: number;
  /** Held sessions the person was on the list of, while a member. */
  invited: number;
  present: number;
  late: number;
  absent: number;
  excused: number;
  /** Invited, but the clerk has not entered the mark yet. */
  notEntered: number;
  /** 出席 + 迟到. */
  attended: number;
  /** Hours of the sessions attended. */
  hours: number;
  /** attended / (出席 + 迟到 + 缺席 [+ 请假 when it counts as absent]); null when nothing to count. */
  rate: number | null;
  /** Mean of the entered test scores, to one decimal; null when none. */
  averageScore: number | null;
  scored: number;
}

export interface StatsInput {
  from: string;
  to: string;
  sessions: readonly StatsSession[];
  invitations: readonly StatsInvitation[];
  /**
   * Memberships of the people counted. A person with memberships is counted only for sessions
   * on a day they belonged; a person with none listed is counted for every session.
   */
  memberships?: readonly StatsMembership[];
  /** Whether 请假 counts as 缺席 in the rate (the training setting; by default it does not). */
  excusedCountsAsAbsent: boolean;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Hours and attendance per person over [from, to]: held sessions only, one row per person invited. */
export function trainingStats(input: StatsInput): PersonTrainingFigures[] {
  const sessions = new Map(
    input.sessions
      .filter((s) => s.status === 'held' && s.day >= input.from && s.day <= input.to)
      .map((s) => [s.id, s]),
  );
  const spans = new Map<number, StatsMembership[]>();
  for (const m of input.memberships ?? []) spans.set(m.userId, [...(spans.get(m.userId) ?? []), m]);
  // A person who joined (or moved in) mid-quarter is measured from the day they belonged: the
  // list of a session is resolved on its day so they are rarely on an earlier one, but a session
  // edited later, or a person named by hand, could put them there, and a rate should not hold
  // against anyone a session from before they were one of the office's people.
  const belonged = (userId: number, day: string) => {
    const mine = spans.get(userId);
    return !mine || mine.some((m) => m.fromDay <= day && (m.toDay === null || m.toDay >= day));
  };
  const out = new Map<number, PersonTrainingFigures & { scoreSum: number }>();
  for (const inv of input.invitations) {
    const session = sessions.get(inv.sessionId);
    if (!session || !belonged(inv.userId, session.day)) continue;
    let f = out.get(inv.userId);
    if (!f) {
      f = {
        userId: inv.userId,
        invited: 0,
        present: 0,
        late: 0,
        absent: 0,
        excused: 0,
        notEntered: 0,
        attended: 0,
        hours: 0,
        rate: null,
        averageScore: null,
        scored: 0,
        scoreSum: 0,
      };
      out.set(inv.userId, f);
    }
    f.invited += 1;
    if (inv.attendance === null) f.notEntered += 1;
    else f[inv.attendance] += 1;
    if (inv.attendance === 'present' || inv.attendance === 'late') {
      f.attended += 1;
      f.hours += session.hours;
    }
    if (inv.score !== null) {
      f.scored += 1;
      f.scoreSum += inv.score;
    }
  }
  return [...out.values()]
    .map(({ scoreSum, ...f }) => {
      const counted = f.present + f.late + f.absent + (input.excusedCountsAsAbsent ? f.excused : 0);
      return {
        ...f,
        hours: round1(f.hours),
        rate: counted === 0 ? null : Math.round((f.attended / counted) * 1000) / 1000,
        averageScore: f.scored === 0 ? null : round1(scoreSum / f.scored),
      };
    })
    .sort((a, b) => a.userId - b.userId);
}
