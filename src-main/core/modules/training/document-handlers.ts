import type { trainingDocumentMethods } from '../../../../src-shared/contract/training-documents';
import type { DocModel } from '../../../../src-shared/documents/doc-model';
import { buildTrainingNotice } from '../../../../src-shared/documents/training-notice';
import type { TrainingPaper } from '../../../../src-shared/documents/training-paper';
import { buildScoreSheet } from '../../../../src-shared/documents/training-score-sheet';
import { buildSignInSheet } from '../../../../src-shared/documents/training-sign-in';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { currentUser, type HandlerContext, type ModuleHandlers } from '../../handler-types';
import { loadTrainingPaper } from './document-data';

// As the channel module does: the documents module reaches modules that would make a cycle.
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A day as a notice dates itself: 2026年11月26日. */
function chineseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Characters a file name may not hold on Windows, and runs of blanks. */
const fileSafe = (s: string) =>
  s
    .replace(/[\\/:*?"<>|\s]+/g, ' ')
    .trim()
    .slice(0, 40);

type Build = (paper: TrainingPaper, ctx: HandlerContext) => DocModel;

const notice: Build = (paper, ctx) => buildTrainingNotice(paper, chineseDate(officeDay(ctx.now())));
const signIn: Build = (paper) => buildSignInSheet(paper);
const scoreSheet: Build = (paper) => buildScoreSheet(paper);

async function modelOf(ctx: HandlerContext, sessionId: number, build: Build) {
  currentUser(ctx);
  const paper = await loadTrainingPaper(ctx.db, sessionId, ctx.now());
  return { paper, model: build(paper, ctx) };
}

async function docxOf(ctx: HandlerContext, sessionId: number, build: Build, name: string) {
  const { paper, model } = await modelOf(ctx, sessionId, build);
  const bytes = await ctx.renderer.render([model]);
  const fileName = `${name}-${paper.session.day}-${fileSafe(paper.session.topic)}.docx`;
  const file = ctx.files.add(bytes, fileName, DOCX_MIME, ctx.caller.sessionToken);
  return { fileId: file.id, fileName };
}

export const trainingDocumentHandlers = {
  'training.noticeDoc': async (input, ctx) => (await modelOf(ctx, input.sessionId, notice)).model,
  'training.noticeDocx': async (input, ctx) => docxOf(ctx, input.sessionId, notice, '培训通知'),
  'training.signInDoc': async (input, ctx) => (await modelOf(ctx, input.sessionId, signIn)).model,
  'training.signInDocx': async (input, ctx) => docxOf(ctx, input.sessionId, signIn, '培训签到表'),
  'training.scoreSheetDoc': async (input, ctx) => (await modelOf(ctx, input.sessionId, scoreSheet)).model,
  'training.scoreSheetDocx': async (input, ctx) => docxOf(ctx, input.sessionId, scoreSheet, '培训成绩表'),
} satisfies ModuleHandlers<typeof trainingDocumentMethods>;
