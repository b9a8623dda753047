/**
 * Keys that make two ways of writing the same customer or phone number compare equal, for the
 * duplicate check on save, in an import and in a merge. The keys are stored beside the customer
 * (name_key, customer_phones) so a check is an index lookup.
 */

/** Legal-form endings that say nothing about which customer it is, longest first. */
const LEGAL_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '公司'] as const;
/** A legal form inside a branch's name: 华东医药有限公司杭州分公司 is 华东医药杭州分公司. */
const INNER_LEGAL_FORM = /(股份有限公司|有限责任公司|有限公司)(?=.+分公司$)/;
const BRANCH = '分公司';

/**
 * The duplicate key of a customer's name: full width made half width (NFKC), every space gone,
 * lower case, one kind of bracket, and a trailing legal form (有限公司, 股份有限公司, 公司…)
 * dropped. 厂 stays, and a branch (分公司) keeps its own key, distinct from its parent's.
 */
export function normalizeCustomerName(name: string): string {
  const flat = name
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .toLowerCase()
    .replace(/[【〔[{<《〈]/g, '(')
    .replace(/[】〕\]}>》〉]/g, ')');
  if (flat.endsWith(BRANCH)) return flat.replace(INNER_LEGAL_FORM, '');
  const suffix = LEGAL_SUFFIXES.find((s) => flat.endsWith(s));
  return suffix && flat.length > suffix.length ? flat.slice(0, -suffix.length) : flat;
}

/** Shortest run of digits taken as a phone number; shorter ones are extensions or typos. */
export const MIN_PHONE_DIGITS = 7;

/**
 * The duplicate key of one phone number: its digits (after NFKC, so full-width digits count),
 * without the +86 / 0086 / 86 country prefix of a mainland mobile; '' for fewer than 7 digits.
 */
export function normalizePhone(phone: string): string {
  let digits = phone.normalize('NFKC').replace(/\D/g, '');
  if (digits.length === 15 && digits.startsWith('00861')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('861')) digits = digits.slice(2);
  return digits.length >= MIN_PHONE_DIGITS ? digits : '';
}

/**
 * The numbers a phone field holds as typed: split at 、，,/;; and at spaces that separate whole
 * numbers. Spaces inside one number (138 0251 6624) keep it whole.
 */
export function splitPhones(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.normalize('NFKC').split(/[、,/;]+/)) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const words = trimmed.split(/\s+/);
    const separate = words.length > 1 && words.every((w) => normalizePhone(w) !== '');
    out.push(...(separate ? words : [trimmed]));
  }
  return out;
}

/** The distinct duplicate keys of every number in some phone fields. */
export function phoneKeys(fields: readonly string[]): string[] {
  const keys = fields.flatMap((f) => splitPhones(f).map(normalizePhone)).filter((k) => k !== '');
  return [...new Set(keys)];
}
