import type { Page } from '@playwright/test';
import {
  F02,
  F03,
  F04,
  F05,
  F06,
  F07,
  F08,
  F09,
  type FieldDef,
  type FormDef,
  formTables,
  headerFields,
} from '../../src-shared/domain/forms';
import { f02Sample } from '../fixtures/forms/f02-sample';
import { f03Sample } from '../fixtures/forms/f03-sample';
import { f04Sample } from '../fixtures/forms/f04-sample';
import { f05Sample } from '../fixtures/forms/f05-sample';
import { f06Decision, f06Sample } from '../fixtures/forms/f06-sample';
import { f07Sample } from '../fixtures/forms/f07-sample';
import { f08Sample } from '../fixtures/forms/f08-sample';
import { f09Sample } from '../fixtures/forms/f09-sample';
import { MANAGER, REP, seedOffice } from './api-seed';
import { expect, type Host, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import {
  type FieldRef,
  FormPage,
  printedFragments,
  printedLabels,
  printedValues,
  wordFileName,
} from './pages/form-page';

type Values = Record<string, unknown>;

/** Friday 27 November 2026, 10:00 in the office (UTC+8). */
const LATE_NOVEMBER = '2026-11-27T02:00:00.000Z';
/** Friday 9 October 2026, 10:00 in the office: the third quarter's reporting window. */
const EARLY_OCTOBER = '2026-10-09T02:00:00.000Z';

interface Revision {
  /** The field the author changes after the return. */
  ref: FieldRef;
  value: unknown;
  /** Values derived from the change (a new total), as they then read. */
  derived?: Values;
}

interface FormCase {
  form: FormDef;
  /** The moment the host and the browser both live at. */
  clock: string;
  sample: Values;
  /** Who writes it: a rep (the default) or the manager, who then reviews his own report before it goes to 销售部. */
  author?: 'manager';
  /** The comment it is returned with and the value changed in the revision. */
  review: { comment: string; revision: Revision };
  /** The manager's 批复, for forms with decision fields. */
  decision?: Values;
}

const CASES: FormCase[] = [
  {
    form: F02,
    clock: LATE_NOVEMBER,
    sample: f02Sample({ id: 0, name: REP.name }),
    author: 'manager',
    review: {
      comment: '优点一栏请补充具体事例',
      revision: {
        ref: { label: '优点' },
        value: '开场自然,能用客户的库存数据引出备货建议,客户当场同意追加订单。',
      },
    },
  },
  {
    form: F03,
    clock: LATE_NOVEMBER,
    sample: f03Sample(),
    review: {
      comment: '金陵五金余款请写明确认人和到账日期',
      revision: {
        ref: { label: '完成情况', table: { key: 'keyTasks', row: 2 } },
        value: '已到账3万元,余款3.4万元由对方财务刘会计确认12月10日前转账。',
      },
    },
  },
  {
    form: F04,
    clock: LATE_NOVEMBER,
    sample: f04Sample(),
    review: {
      comment: '促销费用请写明用途',
      revision: {
        ref: { label: '需要的支持' },
        value: '申请元旦档期专项促销费用8万元,用于堆头与促销员;请售后部将上门安装时限缩短至48小时。',
      },
    },
  },
  {
    form: F05,
    clock: LATE_NOVEMBER,
    sample: f05Sample(),
    review: {
      comment: '华润万家目标偏低,请上调到38万元',
      revision: {
        ref: { label: '目标金额', table: { key: 'targets', row: 2 } },
        value: 380000,
        derived: { targetTotal: 2160000 },
      },
    },
  },
  {
    form: F06,
    clock: LATE_NOVEMBER,
    sample: f06Sample(),
    review: {
      comment: '附件请注明苏宁易家来函的日期',
      revision: { ref: { label: '附件' }, value: '1. 苏宁易家11月26日来函扫描件;2. 近三个月对账单' },
    },
    decision: { ...f06Decision(), decidedBy: MANAGER.name },
  },
  {
    form: F07,
    clock: LATE_NOVEMBER,
    sample: f07Sample(),
    review: {
      comment: '请写明核实由谁负责、何时完成',
      revision: {
        ref: { label: '建议措施' },
        value: '建议由张小明以顾客身份购买一台,12月2日前查验机身批号;确认后报销售部按窜货处理。',
      },
    },
  },
  {
    form: F08,
    clock: EARLY_OCTOBER,
    sample: f08Sample(),
    author: 'manager',
    review: {
      comment: '对策请写明负责人',
      revision: {
        ref: { label: '问题与对策' },
        value: '9月达成率偏低:由张小明负责浦口区新开两家经销商,10月底前完成。',
      },
    },
  },
  {
    form: F09,
    clock: EARLY_OCTOBER,
    sample: f09Sample(),
    author: 'manager',
    review: {
      comment: '不足之处请写得具体些',
      revision: { ref: { label: '问题与不足' }, value: '协访次数不足,9月只协访4次;下季度每周至少协访一次。' },
    },
  },
];

/** The declaration of the field a reference points at. */
function fieldOf(form: FormDef, ref: FieldRef): FieldDef {
  const fields = ref.table
    ? formTables(form).find((t) => t.key === ref.table!.key)!.columns
    : headerFields(form);
  const field = fields.find((f) => f.label === ref.label);
  if (!field) throw new Error(`${form.code} has no field ${ref.label}`);
  return field;
}

/** The sample as it reads after the revision. */
function revised(form: FormDef, data: Values, r: Revision): Values {
  const key = fieldOf(form, r.ref).key;
  const out: Values = { ...data, ...r.derived };
  if (!r.ref.table) return { ...out, [key]: r.value };
  const rows = [...(data[r.ref.table.key] as Values[])];
  rows[r.ref.table.row - 1] = { ...rows[r.ref.table.row - 1], [key]: r.value };
  return { ...out, [r.ref.table.key]: rows };
}

/** Text without its spacing. */
const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Fragments that must appear in the printed text: the form's labels and every entered value. Paper
 * breaks long labels over lines (计划内 / 计划外), so spacing is not compared.
 */
function expectPrinted(text: string, form: FormDef, data: Values) {
  const printed = squash(text);
  for (const fragment of [form.title, ...printedLabels(form), ...printedValues(form, data)]) {
    expect(printed, `printed text lacks “${fragment}”`).toContain(squash(fragment));
  }
}

/** Sets the host's and the browser's clocks to one instant. */
async function atClock(page: Page, host: Host, iso: string) {
  await host.setClock(iso);
  await page.clock.setFixedTime(new Date(iso));
}

for (const c of CASES) {
  const { form } = c;
  const authoredByRep = c.author !== 'manager';
  const title = authoredByRep
    ? `${form.code} ${form.title}: the rep files it, the manager returns it, the rep revises it, the manager approves it and it prints as Word`
    : `${form.code} ${form.title}: the manager files it, returns it to himself, revises it, approves it and it prints as Word and in the preview`;

  test(title, async ({ page, host }) => {
    await atClock(page, host, c.clock);
    await seedOffice(page, host.url);
    await page.goto(host.url);
    const signIn = new SignInPage(page);
    const editor = new FormPage(page, form);
    const author = authoredByRep ? REP : MANAGER;
    /** The manager takes the report up: a rep's from the 审核 queue, his own where he stands. */
    const managerOpens = async () => {
      if (!authoredByRep) return;
      await signIn.signOut();
      await signIn.signIn(MANAGER.username, MANAGER.password);
      await editor.openFromReviewQueue(REP.name);
    };

    await signIn.signIn(author.username, author.password);
    await editor.openNew();
    await editor.fill(c.sample);
    await editor.submit();

    const { comment, revision } = c.review;
    await managerOpens();
    await editor.returnWith(comment);

    // The author reads the comment, changes one value and hands it in again.
    if (authoredByRep) {
      await signIn.signOut();
      await signIn.signIn(REP.username, REP.password);
      await editor.openReturnedFromHome();
    }
    await expect(page.getByRole('alert', { name: /退回了此表/ })).toContainText(comment);
    const field = fieldOf(form, revision.ref);
    const scope = revision.ref.table
      ? editor.row(editor.table(revision.ref.table.key), revision.ref.table.row)
      : editor.main;
    await editor.fillField(scope, field, revision.value, {});
    let finalData = revised(form, c.sample, revision);
    for (const [key, value] of Object.entries(revision.derived ?? {})) {
      const derived = headerFields(form).find((f) => f.key === key)!;
      await expect(editor.input(editor.main, derived.label)).toHaveValue(
        printedFragments(derived, value, finalData)[0]!,
      );
    }
    await editor.resubmit();

    // The manager answers the request where the form asks for one, and approves.
    await managerOpens();
    if (c.decision) {
      await editor.decide(c.decision);
      finalData = { ...finalData, ...c.decision };
    }
    await editor.approve();
    // Submit, return, submit, (批复,) approve.
    await expect(editor.versions()).toHaveCount(c.decision ? 5 : 4);

    const word = await editor.downloadWord();
    expect(word.fileName).toMatch(wordFileName(form, author.name));
    expect(word.xml).toContain(form.title);
    expectPrinted(word.text, form, finalData);
    expect(word.text).toContain(printedFragments(field, revision.value, {})[0]);
    if (form.reviewLabel) expect(word.text).toContain(`审核:${MANAGER.name}`);

    if (!authoredByRep) {
      const preview = await editor.printPreviewText();
      expectPrinted(preview, form, finalData);
      // The preview shows the Word file's body as it is, line for line.
      expect(squash(preview)).toContain(squash(word.text));
    }
  });
}
