import type { DocModel } from './doc-model';
import { sessionCells, trainingFrame, type TrainingPaper } from './training-paper';

/** The sheet's title as printed. */
export const SIGN_IN_TITLE = '培训签到表';

/** Rows left after the names for people who come without being on the list. */
export const WALK_IN_ROWS = 3;

/** A signature cell two lines high, so every row leaves room for a signature in ink. */
const INK = ['', ''];

/**
 * The 培训签到表 of one session: the session's facts, then every attendee pre-printed in sheet order
 * with columns for time in, time out and signature, and a few numbered blank rows for walk-ins; the
 * column labels repeat on every page of a long list; lines for the trainer's and the recorder's
 * signatures. Portrait A4, 黑体.
 */
export function buildSignInSheet(paper: TrainingPaper): DocModel {
  const { session: s, attendees } = paper;
  const named = attendees.map((a, i) => [
    [String(i + 1)],
    [a.name],
    a.regionName ? [a.post, a.regionName] : [a.post],
    [''],
    [''],
    INK,
  ]);
  const walkIns = Array.from({ length: WALK_IN_ROWS }, (_, i) => [
    [String(attendees.length + i + 1)],
    [''],
    [''],
    [''],
    [''],
    INK,
  ]);
  return {
    orientation: 'portrait',
    ...trainingFrame(paper, SIGN_IN_TITLE),
    title: SIGN_IN_TITLE,
    code: '',
    deadlineText: '',
    blocks: [
      {
        kind: 'fieldGrid',
        columns: 2,
        cells: [
          ...sessionCells(s),
          { label: '应到人数', value: `${attendees.length} 人` },
          { label: '实到人数', value: '' },
        ],
      },
      {
        kind: 'table',
        title: `签到(本人签名;未列名者请在表末空行填写)`,
        // Widths in points of the portrait page's 442: a time written by hand in each time column,
        // the signature column the widest.
        columns: [
          { label: '序号', width: 32 },
          { label: '姓名', width: 68 },
          { label: '岗位 / 区域', width: 82 },
          { label: '签到时间', width: 62 },
          { label: '签退时间', width: 62 },
          { label: '签名', width: 136 },
        ],
        rows: [...named, ...walkIns],
      },
      {
        kind: 'signatures',
        items: [
          { label: '培训讲师', value: '' },
          { label: '记录人', value: '' },
        ],
      },
    ],
  };
}
