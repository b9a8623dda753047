import type { DocModel } from './doc-model';
import {
  ATTENDANCE_LABELS,
  type PaperAttendance,
  type PaperAttendee,
  sessionCells,
  trainingFrame,
  type TrainingPaper,
} from './training-paper';

/** The sheet's title as printed. */
export const SCORE_SHEET_TITLE = '培训成绩表';

/** The lowest passing test score, out of 100. */
export const PASS_MARK = 60;

/** What a row prints before the clerk has entered it. */
export const NOT_ENTERED = '未录入';

/** A score as printed: whole points without decimals, half points with one. */
export const scoreText = (score: number) => String(Number(score.toFixed(1)));

/** The figures under the sheet: attendance counts, the average score and how many passed. */
export interface ScoreSummary {
  counts: Record<PaperAttendance, number>;
  notEntered: number;
  tested: number;
  /** The average of the entered scores to one decimal, or null when none was entered. */
  average: number | null;
  passed: number;
}

/** Counts attendance and scores of the attendees, against `passMark`. */
export function scoreSummary(attendees: PaperAttendee[], passMark = PASS_MARK): ScoreSummary {
  const counts: Record<PaperAttendance, number> = { present: 0, late: 0, absent: 0, excused: 0 };
  let notEntered = 0;
  for (const a of attendees) {
    if (a.attendance) counts[a.attendance] += 1;
    else notEntered += 1;
  }
  const scores = attendees.flatMap((a) => (a.score === null ? [] : [a.score]));
  const total = scores.reduce((n, x) => n + x, 0);
  return {
    counts,
    notEntered,
    tested: scores.length,
    average: scores.length === 0 ? null : Math.round((total / scores.length) * 10) / 10,
    passed: scores.filter((x) => x >= passMark).length,
  };
}

/**
 * Who entered the sheet as its summary prints it: the clerks' names and the last time anything was
 * entered (陈静 2026-12-03 17:30), or '' when nothing was.
 */
export function enteredByText(attendees: PaperAttendee[]): string {
  const names = [...new Set(attendees.flatMap((a) => (a.enteredBy ? [a.enteredBy] : [])))];
  const last = attendees.reduce((t, a) => (a.enteredAt && a.enteredAt > t ? a.enteredAt : t), '');
  return names.length === 0 ? '' : [names.join('、'), last].filter(Boolean).join(' ');
}

function resultText(score: number | null, passMark: number): string {
  if (score === null) return '';
  return score >= passMark ? '及格' : '不及格';
}

/**
 * The 培训成绩表 of one session: the session's facts, each attendee's attendance and test score as
 * entered from the signed sheet with who entered it, then the counts, the average and how many
 * passed; lines for the recorder's, the trainer's and the manager's signatures. Portrait A4, 黑体.
 */
export function buildScoreSheet(paper: TrainingPaper, passMark = PASS_MARK): DocModel {
  const { session: s, attendees } = paper;
  const sum = scoreSummary(attendees, passMark);
  const c = sum.counts;
  const attendance = [
    `出席 ${c.present}`,
    `迟到 ${c.late}`,
    `缺席 ${c.absent}`,
    `请假 ${c.excused}`,
    ...(sum.notEntered > 0 ? [`${NOT_ENTERED} ${sum.notEntered}`] : []),
  ].join(' ');
  const perRow = new Set(attendees.flatMap((a) => (a.enteredBy ? [a.enteredBy] : []))).size > 1;
  const passRate = sum.tested > 0 ? `,及格率 ${Math.round((sum.passed / sum.tested) * 100)}%` : '';
  return {
    orientation: 'portrait',
    ...trainingFrame(paper, SCORE_SHEET_TITLE),
    title: SCORE_SHEET_TITLE,
    code: '',
    deadlineText: '',
    blocks: [
      { kind: 'fieldGrid', columns: 2, cells: sessionCells(s) },
      {
        kind: 'table',
        title: '出勤与成绩',
        // Widths in points of the portrait page's 442. A column of who entered each row only when
        // more than one person did; otherwise the summary names the one clerk.
        columns: [
          { label: '序号', width: 32 },
          { label: '姓名', width: 74 },
          { label: '岗位 / 区域', width: 90 },
          { label: '出勤', width: 56 },
          { label: '成绩', width: 56, numeric: true },
          { label: '结果', width: 60 },
          ...(perRow ? [{ label: '录入人', width: 74 }] : []),
        ],
        rows: attendees.map((a, i) => [
          [String(i + 1)],
          [a.name],
          a.regionName ? [a.post, a.regionName] : [a.post],
          [a.attendance ? ATTENDANCE_LABELS[a.attendance] : NOT_ENTERED],
          [a.score === null ? '' : scoreText(a.score)],
          [resultText(a.score, passMark)],
          ...(perRow ? [[a.enteredBy ?? '']] : []),
        ]),
      },
      {
        kind: 'fieldGrid',
        columns: 2,
        cells: [
          { label: '应到人数', value: `${attendees.length} 人` },
          { label: '实到人数', value: `${c.present + c.late} 人` },
          { label: '出勤情况', value: attendance, span: 2 },
          { label: '参考人数', value: `${sum.tested} 人` },
          { label: '平均分', value: sum.average === null ? '' : scoreText(sum.average) },
          {
            label: '及格人数',
            value: `${sum.passed} 人(${passMark} 分及格${passRate})`,
            span: 2,
          },
          { label: '录入', value: enteredByText(attendees), span: 2 },
        ],
      },
      {
        kind: 'signatures',
        items: [
          { label: '记录人', value: '' },
          { label: '培训讲师', value: '' },
          { label: '区域经理', value: '' },
          { label: '日期', value: '' },
        ],
      },
    ],
  };
}
