import postcss, { type AtRule, type Declaration } from 'postcss';
import { describe, expect, it } from 'vitest';
import { cssString, printCss } from '../../../src-renderer/features/documents/print-styles';
import type { DocModel } from '../../../src-shared/documents/doc-model';

/**
 * A CSS string token read as a browser reads it (CSS Syntax Level 3, 3.3 preprocessing and 4.3.5
 * "consume a string token"), from the quote at `start`. `end` is just past the closing quote;
 * `bad` when a newline ended it first, `eof` when the input did.
 */
function readCssString(source: string, start = 0) {
  const src = source.replace(/\r\n|[\r\f]/g, '\n').replace(/\0/g, '\uFFFD');
  const quote = src[start];
  let value = '';
  let i = start + 1;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === quote) return { value, end: i + 1, bad: false, eof: false };
    if (ch === '\n') return { value, end: i, bad: true, eof: false };
    if (ch !== '\\') {
      value += ch;
      i += 1;
      continue;
    }
    const next = src[i + 1];
    if (next === undefined) return { value, end: i + 1, bad: false, eof: true };
    if (next === '\n') {
      i += 2;
      continue;
    }
    const hex = /^[0-9a-fA-F]{1,6}/.exec(src.slice(i + 1, i + 7))?.[0];
    if (hex) {
      const code = parseInt(hex, 16);
      const valid = code !== 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      value += valid ? String.fromCodePoint(code) : '\uFFFD';
      i += 1 + hex.length;
      if (/[ \t\n]/.test(src[i] ?? '')) i += 1;
    } else {
      const cp = String.fromCodePoint(src.codePointAt(i + 1)!);
      value += cp;
      i += 1 + cp.length;
    }
  }
  return { value, end: i, bad: false, eof: true };
}

/** What the printed line should read: line breaks as spaces, NUL and lone surrogates as U+FFFD. */
function expected(text: string): string {
  return text
    .replace(/\r\n|[\n\r\f]/g, ' ')
    .replace(/\0/g, '\uFFFD')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const HOSTILE = [
  '北京办事处',
  'A"; } @page { margin: 0 } x { content: "y',
  'A\\"; }',
  'ends in a backslash\\',
  'line\nbreak',
  'carriage\rreturn } body { display: none } "',
  'form\ffeed',
  'crlf\r\nend',
  'nul\0byte',
  'tab\tand \x01a: a hex escape must not swallow the letter after it',
  '\x1b[31m \x7f \x85 \u0090',
  'separators \u2028 \u2029',
  'bidi \u202eTXET\u202c \u2066x\u2069 \u200b\u200f\ufeff',
  '</style><script>alert(1)</script>',
  'lone \ud800 and \udc00, pair 😀',
  '\\3C \\A \\',
  "single ' quote",
];

// What must never appear raw inside the literal: string terminators and characters that some
// reader could treat as a line end or drop.
const RAW_FORBIDDEN = /[\p{Cc}\u2028\u2029<\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

describe('cssString', () => {
  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))(
    'holds %s in exactly one string token that reads back as the text',
    (_, text) => {
      const literal = cssString(text);
      const token = readCssString(literal);
      expect(token).toEqual({ value: expected(text), end: literal.length, bad: false, eof: false });
      expect(literal).not.toMatch(RAW_FORBIDDEN);
    },
  );
});

describe('printCss with hostile names in the running lines', () => {
  const model = (left: string, right: string, footerNote: string): DocModel => ({
    orientation: 'portrait',
    header: { left, right },
    title: '走访表',
    code: 'F01',
    deadlineText: '',
    blocks: [],
    footerNote,
  });

  /** Every rule, at-rule and declaration of the sheet, by kind and name, in order. */
  const shape = (css: string) => {
    const nodes: string[] = [];
    postcss.parse(css).walk((node) => {
      if (node.type === 'decl') nodes.push(`decl ${node.prop}`);
      else if (node.type === 'atrule') nodes.push(`@${node.name} ${node.params}`);
      else if (node.type === 'rule') nodes.push(`rule ${node.selector}`);
    });
    return nodes;
  };

  const contentOf = (css: string, box: string) => {
    let decl: Declaration | undefined;
    postcss.parse(css).walkAtRules(box, (rule: AtRule) => {
      rule.walkDecls('content', (d) => {
        decl = d;
      });
    });
    return decl!.value;
  };

  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))(
    'keeps the sheet the same shape for %s and prints the name as given',
    (_, text) => {
      const css = printCss([model(text, `${text} 传真`, text)], 'SimHei');
      expect(shape(css)).toEqual(shape(printCss([model('甲', '乙', '丙')], 'SimHei')));
      expect(css.toLowerCase()).not.toContain('</style');
      const left = contentOf(css, 'top-left');
      const token = readCssString(left);
      expect(token).toMatchObject({ value: expected(text), bad: false, eof: false });
      expect(left.slice(token.end)).toBe('');
      const bottom = contentOf(css, 'bottom-center');
      const note = readCssString(bottom, bottom.lastIndexOf(cssString(text)));
      expect(note).toMatchObject({ value: expected(text), end: bottom.length, bad: false });
    },
  );
});
