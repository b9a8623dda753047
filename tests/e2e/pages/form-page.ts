import { readFileSync } from 'node:fs';
import { type Download, expect, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { asRead } from '../../helpers/paper-text';
import {
  decisionFields,
  type FieldDef,
  type FormDef,
  formPrefills,
  headerFields,
  type TableDef,
} from '../../../src-shared/domain/forms';

type Values = Record<string, unknown>;

/** Where one changed value sits: a header field, or a cell of a table row (1-based). */
export interface FieldRef {
  label: string;
  table?: { key: string; row: number };
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * What a value looks like once printed, as fragments to look for: each line of a text, a number in
 * grouped digits (with its unit when whole), the ticked box of a choice, a person by name.
 */
export function printedFragments(field: FieldDef, value: unknown, record: Values): string[] {
  if (field.type === 'signature') return [];
  if (field.type === 'person') {
    const name = field.nameKey ? record[field.nameKey] : undefined;
    return typeof name === 'string' && name ? [name] : [];
  }
  if (isEmpty(value)) return [];
  if (field.type === 'choice') return [`☑${String(value)}`];
  if (typeof value === 'number') {
    const digits = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
    return [Number.isInteger(value) && field.type === 'number' ? `${digits}${field.unit ?? ''}` : digits];
  }
  return String(value)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The labels a form prints: every header field (decisions included), each table's title and columns. */
export function printedLabels(form: FormDef): string[] {
  const labels: string[] = [];
  for (const section of form.sections) {
    if (section.kind === 'fields') {
      labels.push(...section.fields.filter((f) => f.type !== 'signature').map((f) => f.label));
    } else {
      labels.push(section.table.label, ...section.table.paper.map((c) => c.label));
    }
  }
  return [...new Set(labels)];
}

/** Every value of a form's data as printed fragments: header fields, then table cells row by row. */
export function printedValues(form: FormDef, data: Values): string[] {
  const out: string[] = [];
  for (const section of form.sections) {
    if (section.kind === 'fields') {
      for (const f of section.fields) out.push(...printedFragments(f, data[f.key], data));
    } else {
      const rows = Array.isArray(data[section.table.key]) ? (data[section.table.key] as Values[]) : [];
      for (const row of rows) {
        for (const c of section.table.columns) out.push(...printedFragments(c, row[c.key], row));
      }
    }
  }
  return out;
}

/** A downloaded Word file: its suggested name and the text of word/document.xml, runs joined. */
export interface WordFile {
  fileName: string;
  xml: string;
  text: string;
}

/** A downloaded .docx read as a WordFile. */
export async function readWordDownload(download: Download): Promise<WordFile> {
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const xml = new TextDecoder().decode(files['word/document.xml']);
  const text = asRead(
    [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]!)).join(''),
  );
  return { fileName: download.suggestedFilename(), xml, text };
}

/**
 * Any declared form's editor, driven from its declaration: each field is found by its label (table
 * cells within their row's fieldset) and filled the way its type is entered on screen.
 */
export class FormPage {
  constructor(
    private readonly page: Page,
    readonly form: FormDef,
  ) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { name: `${this.form.title}(${this.form.code})`, exact: true });
  }

  /** Opens the form's list through the 填报 group of the navigation. */
  async openList() {
    await this.page
      .getByRole('navigation', { name: '主导航' })
      .getByText(this.form.title, { exact: true })
      .click();
    await expect(this.page).toHaveURL(new RegExp(`#/reports/${this.form.code}$`));
    await expect(this.heading()).toBeVisible();
  }

  /** Starts a new report from the list: 填写… for a period, 新建… for an event (which takes a fresh key). */
  async openNew() {
    await this.openList();
    const name = new RegExp(`^(新建|填写)(今天的)?${escapeRegExp(this.form.title)}$`);
    await this.page.getByRole('button', { name }).click();
    await expect(this.page).toHaveURL(new RegExp(`#/reports/${this.form.code}/me/[^/]+$`));
    await expect(this.page.getByRole('button', { name: '提交', exact: true })).toBeVisible();
    await this.waitForPrefill();
  }

  /** Waits until the values the app pre-fills into a new report are on screen, so typing is not overwritten. */
  async waitForPrefill() {
    for (const p of formPrefills(this.form)) {
      // A target comes from 销售目标 only where one is set; without one the field stays empty to type.
      if (p.source.endsWith('Target')) continue;
      if (p.table) {
        const table = this.table(p.key);
        await expect(this.row(table, 1)).toBeVisible();
      } else {
        const field = headerFields(this.form).find((f) => f.key === p.key)!;
        await expect(this.input(this.main, field.label)).not.toHaveValue('');
      }
    }
  }

  table(key: string): TableDef {
    for (const s of this.form.sections) if (s.kind === 'table' && s.table.key === key) return s.table;
    throw new Error(`${this.form.code} has no table ${key}`);
  }

  row(table: TableDef, n: number): Locator {
    return this.main.getByRole('group', { name: `${table.rowNoun} ${n}`, exact: true });
  }

  /** A field by its label, which ends in a hidden asterisk when the field is required. */
  input(scope: Locator, label: string): Locator {
    return scope.getByLabel(new RegExp(`^${escapeRegExp(label)}\\s*\\*?$`));
  }

  /** A field on screen, by where it sits. */
  field(ref: FieldRef): Locator {
    const scope = ref.table ? this.row(this.table(ref.table.key), ref.table.row) : this.main;
    return this.input(scope, ref.label);
  }

  /** Fills every value of `data` the author enters; derived and decision values are left to the app. */
  async fill(data: Values) {
    for (const section of this.form.sections) {
      if (section.kind === 'fields') {
        for (const f of section.fields) await this.fillField(this.main, f, data[f.key], data);
      } else {
        await this.fillTable(section.table, data[section.table.key]);
      }
    }
  }

  async fillTable(table: TableDef, value: unknown) {
    const rows = Array.isArray(value) ? (value as Values[]) : [];
    for (const [i, record] of rows.entries()) {
      const row = this.row(table, i + 1);
      if (!(await row.isVisible())) {
        await this.main.getByRole('button', { name: `添加${table.rowNoun}`, exact: true }).click();
        await expect(row).toBeVisible();
      }
      for (const c of table.columns) await this.fillField(row, c, record[c.key], record);
    }
  }

  /** Enters one value into a field the way its type is entered; `decision` allows the reviewer's fields. */
  async fillField(scope: Locator, field: FieldDef, value: unknown, record: Values, decision = false) {
    if (field.compute || (field.decision && !decision) || field.type === 'signature') return;
    if (field.type === 'person') {
      const name = field.nameKey ? record[field.nameKey] : undefined;
      if (typeof name !== 'string' || !name) return;
      const input = this.input(scope, field.label);
      await input.click();
      await this.page.getByRole('option', { name, exact: true }).click();
      await expect(input).toHaveValue(name);
      return;
    }
    if (isEmpty(value)) return;
    const text = String(value);
    switch (field.type) {
      case 'choice':
        await scope
          .getByRole('radiogroup', { name: field.label, exact: true })
          .getByRole('radio', { name: text, exact: true })
          .check();
        return;
      case 'select': {
        await this.input(scope, field.label).click();
        await this.page.getByRole('option', { name: text, exact: true }).click();
        return;
      }
      case 'date': {
        const input = this.input(scope, field.label);
        await input.fill(text);
        await input.press('Escape');
        await expect(input).toHaveValue(text);
        return;
      }
      case 'customer': {
        // A name typed and left as typed: the picker offers to file it as a new customer, not needed here.
        const input = this.input(scope, field.label);
        await input.fill(text);
        await expect(this.page.getByRole('option', { name: `+ 新建客户:${text}` })).toBeVisible();
        await input.press('Escape');
        await expect(input).toHaveValue(text);
        return;
      }
      default:
        await this.input(scope, field.label).fill(text);
    }
  }

  async submit() {
    await this.page.getByRole('button', { name: '提交', exact: true }).click();
    await this.expectStatus('已提交');
  }

  async resubmit() {
    await this.page.getByRole('button', { name: '修改后重新提交', exact: true }).click();
    await this.expectStatus('已提交');
  }

  async expectStatus(label: string) {
    await expect(this.main.getByText(label, { exact: true }).first()).toBeVisible();
  }

  /** The manager opens the author's submitted report from the 审核 queue. */
  async openFromReviewQueue(authorName: string) {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('审核', { exact: true }).click();
    await this.page
      .getByRole('table', { name: '报表列表' })
      .getByRole('row')
      .filter({ hasText: this.form.title })
      .filter({ hasText: authorName })
      .click();
    await expect(this.heading()).toBeVisible();
    await expect(this.page.getByRole('button', { name: '审核通过' })).toBeVisible();
  }

  /** The author opens a report returned to them from the home page's to-do list. */
  async openReturnedFromHome() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('首页', { exact: true }).click();
    await this.page
      .getByRole('table', { name: '待办报表' })
      .getByRole('row')
      .filter({ hasText: this.form.title })
      .filter({ hasText: '已退回' })
      .click();
    await expect(this.heading()).toBeVisible();
  }

  async returnWith(comment: string) {
    await this.page.getByLabel('审核意见', { exact: true }).fill(comment);
    await this.page.getByRole('button', { name: '退回修改' }).click();
    await this.expectStatus('已退回');
  }

  async approve() {
    await this.page.getByRole('button', { name: '审核通过' }).click();
    await this.expectStatus('已审核');
  }

  /** The 批复 panel under a report the manager reads. */
  decisionPanel(): Locator {
    return this.page.getByRole('heading', { name: '批复', exact: true }).locator('..');
  }

  async decide(values: Values) {
    const panel = this.decisionPanel();
    for (const f of decisionFields(this.form)) await this.fillField(panel, f, values[f.key], values, true);
    await panel.getByRole('button', { name: '保存批复' }).click();
    await expect(this.page.getByText('批复已保存。')).toBeVisible();
  }

  /** The version record's rows, header excluded. */
  versions(): Locator {
    return this.page
      .getByRole('table')
      .filter({ hasText: '操作人' })
      .getByRole('row')
      .filter({
        has: this.page.getByRole('cell'),
      });
  }

  async downloadWord(): Promise<WordFile> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '生成 Word' }).click();
    return readWordDownload(await downloading);
  }

  /** Opens 打印预览 and returns the text of the previewed paper; the modal is closed again. */
  async printPreviewText(): Promise<string> {
    await this.page.getByRole('button', { name: '打印预览' }).click();
    const dialog = this.page.getByRole('dialog', { name: `${this.form.title} 打印预览` });
    await expect(dialog).toContainText(this.form.deadlineText);
    const text = (await dialog.textContent()) ?? '';
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
    return text;
  }
}

/** A file name a report's Word file starts with: F03-周计划与周报告-张小明-… */
export function wordFileName(form: FormDef, authorName: string): RegExp {
  return new RegExp(`^${form.code}-${escapeRegExp(form.title)}-${escapeRegExp(authorName)}-.+\\.docx$`);
}
