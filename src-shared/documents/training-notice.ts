import type { DocBlock, DocModel } from './doc-model';
import {
  attendeesByRegion,
  sessionCells,
  sessionDate,
  sessionWhen,
  trainingFrame,
  type TrainingPaper,
} from './training-paper';

/** The notice's title as printed. */
export const TRAINING_NOTICE_TITLE = '培训通知';

/**
 * The 培训通知 of one session: what, by whom, when and where, for how many hours, who must attend
 * (grouped by region, each person named), the notes, and the manager's sign-off with the day it was
 * issued. A cancelled session prints as a notice of its cancellation. Portrait A4, 黑体.
 */
export function buildTrainingNotice(paper: TrainingPaper, issuedOn: string): DocModel {
  const s = paper.session;
  const cancelled = s.status === 'cancelled';
  const lead = cancelled
    ? `原定于 ${sessionWhen(s)} 举行的以下培训取消,特此通知。`
    : `定于 ${sessionDate(s)} 举行以下培训,有关事项通知如下:`;
  const who = attendeesByRegion(paper.attendees);
  const blocks: DocBlock[] = [
    { kind: 'text', label: '各位同事:', plain: true, value: lead },
    { kind: 'fieldGrid', columns: 2, cells: sessionCells(s) },
    {
      kind: 'text',
      label: '参加人员',
      value: who.length > 0 ? [...who, `共 ${paper.attendees.length} 人`].join('\n') : '(未指定)',
    },
    // A notice has nothing to write in by hand: no empty 备注 box.
    ...(s.notes.trim() ? [{ kind: 'text', label: '备注', value: s.notes } as const] : []),
    {
      kind: 'text',
      label: '',
      plain: true,
      value: cancelled ? '以上人员无须参加。' : '请准时参加。因故不能参加者,须事先向区域经理请假。',
    },
    {
      kind: 'signatures',
      items: [
        { label: '区域经理', value: '' },
        { label: '日期', value: issuedOn },
      ],
    },
  ];
  return {
    orientation: 'portrait',
    ...trainingFrame(paper, TRAINING_NOTICE_TITLE),
    title: cancelled ? '培训取消通知' : TRAINING_NOTICE_TITLE,
    code: '',
    deadlineText: '',
    blocks,
  };
}
