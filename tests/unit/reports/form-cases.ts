import type { FormCode } from '../../../src-shared/domain/forms';
import { f02Sample } from '../../fixtures/forms/f02-sample';
import { f03Sample } from '../../fixtures/forms/f03-sample';
import { f04Sample } from '../../fixtures/forms/f04-sample';
import { f05Sample } from '../../fixtures/forms/f05-sample';
import { f06Sample } from '../../fixtures/forms/f06-sample';
import { f07Sample } from '../../fixtures/forms/f07-sample';
import { f08Sample } from '../../fixtures/forms/f08-sample';
import { f09Sample } from '../../fixtures/forms/f09-sample';
import type { Office, Who } from './office';

/** One filing of the form: who, for which period, when it is handed in, and what the regulation makes of it. */
export interface Filing {
  who: Exclude<Who, 'clerk'>;
  periodKey: string;
  at: string;
  dueAt: string;
  onTime: boolean;
  /** Values that differ from the sample. */
  change?: Record<string, unknown>;
}

export interface FormCase {
  code: FormCode;
  sample: (o: Office) => Record<string, unknown>;
  /** Someone who does not write the form, and what they are told. */
  refused: { who: 'wang' | 'clerk'; message: string };
  /** Keys that are no period of the form's kind. */
  badKeys: string[];
  filings: Filing[];
  /** Days that just overlap the filings' periods (and which keys they find), and days that just miss them. */
  overlap: { from: string; to: string; keys: string[] };
  apart: { from: string; to: string };
  /** Words inside the sample's content. */
  word: string;
}

/** Wednesday 09:00 in the office, before any of the filings below. */
export const CASE_START = '2026-11-25T01:00:00.000Z';

const BOTH = '营销代表或区域经理';

/** A filing; instants are written to the minute, UTC. */
function f(
  who: Filing['who'],
  periodKey: string,
  at: string,
  dueAt: string,
  onTime: boolean,
  change?: Record<string, unknown>,
): Filing {
  const iso = (t: string) => new Date(t).toISOString();
  return { who, periodKey, at: iso(at), dueAt: iso(dueAt), onTime, ...(change ? { change } : {}) };
}

export const FORM_CASES: FormCase[] = [
  {
    code: 'F02',
    sample: (o) => f02Sample({ id: o.wangId, name: '王芳' }),
    refused: { who: 'wang', message: '协访表应由区域经理填写。' },
    badKeys: ['2026-W48', '2026-11', '2026-11-31', '2026-11-24.1'],
    filings: [
      // To 销售部 by the 5th of the next month.
      f('manager', '2026-11-24', '2026-12-05T16:00Z', '2026-12-05T16:00Z', true),
      f('manager', '2026-10-20', '2026-12-05T16:00Z', '2026-11-05T16:00Z', false),
    ],
    overlap: { from: '2026-11-24', to: '2026-11-24', keys: ['2026-11-24'] },
    apart: { from: '2026-11-25', to: '2026-11-30' },
    word: '账期与陈列费异议',
  },
  {
    code: 'F03',
    sample: () => f03Sample(),
    refused: { who: 'clerk', message: `周计划与周报告应由${BOTH}填写。` },
    badKeys: ['2026-11-26', '2026-11', '2026-W54', '2025-W53', '2026-Q4'],
    filings: [
      // A rep's week by Sunday 24:00; the manager's by the next Monday 12:00.
      f('wang', '2026-W48', '2026-11-29T15:59Z', '2026-11-29T16:00Z', true),
      f('li', '2026-W48', '2026-11-29T16:01Z', '2026-11-29T16:00Z', false),
      f('manager', '2026-W48', '2026-11-30T04:01Z', '2026-11-30T04:00Z', false),
    ],
    overlap: { from: '2026-11-29', to: '2026-12-10', keys: ['2026-W48'] },
    apart: { from: '2026-11-30', to: '2026-12-10' },
    word: '水立方专卖店K7型漏水',
  },
  {
    code: 'F04',
    sample: () => f04Sample(),
    refused: { who: 'clerk', message: `月工作总结应由${BOTH}填写。` },
    badKeys: ['2026-11-26', '2026-W48', '2026-13', '2026-00', '2026-Q4'],
    filings: [
      // A rep's month by the 3rd of the next month; the manager's by the 5th.
      f('wang', '2026-11', '2026-12-03T16:00Z', '2026-12-03T16:00Z', true),
      f('li', '2026-11', '2026-12-03T16:01Z', '2026-12-03T16:00Z', false),
      f('manager', '2026-11', '2026-12-03T16:01Z', '2026-12-05T16:00Z', true),
    ],
    overlap: { from: '2026-11-30', to: '2026-12-31', keys: ['2026-11'] },
    apart: { from: '2026-12-01', to: '2026-12-31' },
    word: '华润万家新街口店陈列整改',
  },
  {
    code: 'F05',
    sample: () => f05Sample(),
    refused: { who: 'clerk', message: `月工作计划应由${BOTH}填写。` },
    badKeys: ['2026-12-01', '2026-W49', '2026-13', '2026-Q4'],
    filings: [
      // The plan for December is handed in with November's summary.
      f('wang', '2026-12', '2026-12-03T15:00Z', '2026-12-03T16:00Z', true),
      f('li', '2026-12', '2026-12-04T01:00Z', '2026-12-03T16:00Z', false),
      f('manager', '2026-12', '2026-12-04T01:00Z', '2026-12-05T16:00Z', true),
    ],
    overlap: { from: '2026-12-31', to: '2027-01-05', keys: ['2026-12'] },
    apart: { from: '2026-11-01', to: '2026-11-30' },
    word: '冬季净水节',
  },
  {
    code: 'F06',
    sample: () => f06Sample(),
    refused: { who: 'clerk', message: `重要事项报告应由${BOTH}填写。` },
    badKeys: ['2026-11-26', '2026-11-26.0', '2026-11-31.1', '2026-W48', '2026-11'],
    filings: [
      // 紧急: two hours after 发生时间 10:30 office time; 一般: 24 hours.
      f('wang', '2026-11-26.1', '2026-11-26T04:30Z', '2026-11-26T04:30Z', true),
      f('li', '2026-11-26.1', '2026-11-26T04:31Z', '2026-11-26T04:30Z', false),
      f('wang', '2026-11-26.2', '2026-11-26T04:31Z', '2026-11-27T02:30Z', true, { urgency: '一般' }),
    ],
    overlap: { from: '2026-11-20', to: '2026-11-26', keys: ['2026-11-26.1', '2026-11-26.2'] },
    apart: { from: '2026-11-27', to: '2026-11-30' },
    word: '延长账期至90天',
  },
  {
    code: 'F07',
    sample: () => f07Sample(),
    refused: { who: 'clerk', message: `重要信息报告应由${BOTH}填写。` },
    badKeys: ['2026-11-25', '2026-11-25.0', '2026-Q4'],
    filings: [
      // 24 hours from the start of 获取日期 2026-11-25.
      f('wang', '2026-11-25.1', '2026-11-25T16:00Z', '2026-11-25T16:00Z', true),
      f('li', '2026-11-25.1', '2026-11-25T16:01Z', '2026-11-25T16:00Z', false),
    ],
    overlap: { from: '2026-11-01', to: '2026-11-25', keys: ['2026-11-25.1'] },
    apart: { from: '2026-11-26', to: '2026-11-30' },
    word: '夫子庙一带两家电器店',
  },
  {
    code: 'F08',
    sample: () => f08Sample(),
    refused: { who: 'wang', message: '季度市场分析报告应由区域经理填写。' },
    badKeys: ['2026-11', '2026-W48', '2026-11-26', '2026-Q5'],
    filings: [
      // By the end of the 15th day after the quarter.
      f('manager', '2026-Q4', '2027-01-15T16:00Z', '2027-01-15T16:00Z', true),
      f('manager', '2026-Q3', '2027-01-15T16:00Z', '2026-10-15T16:00Z', false),
    ],
    overlap: { from: '2026-12-31', to: '2027-01-31', keys: ['2026-Q4'] },
    apart: { from: '2027-01-01', to: '2027-03-31' },
    word: '老旧小区改造',
  },
  {
    code: 'F09',
    sample: () => f09Sample(),
    refused: { who: 'wang', message: '述职报告应由区域经理填写。' },
    badKeys: ['2026-10', '2026-W40', '2026-Q0'],
    filings: [
      f('manager', '2026-Q4', '2027-01-15T15:59Z', '2027-01-15T16:00Z', true),
      f('manager', '2026-Q3', '2027-01-15T15:59Z', '2026-10-15T16:00Z', false),
    ],
    overlap: { from: '2026-09-30', to: '2026-10-01', keys: ['2026-Q3', '2026-Q4'] },
    apart: { from: '2027-01-01', to: '2027-06-30' },
    word: '县级市场开发进度慢于计划',
  },
];
