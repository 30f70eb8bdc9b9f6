/**
 * A rule-based temporal-expression tagger for Central Kurdish (ckb) and English news text, in the
 * spirit of HeidelTime: every rule is a named pattern with a resolver and a confidence, so that an
 * editor can see why a date was proposed. Expressions resolve against the publication date into
 * EDTF, keeping precision and uncertainty honest. Runs in Node and browsers; no models, no network.
 */
import { civilToMs, daysInMonth, dayOfWeek, MS_PER_DAY } from '../dates/civil-time.js';

export interface TemporalMatch {
  /** The expression as written in the text (original characters). */
  readonly text: string;
  /** Offsets into the original text. */
  readonly start: number;
  readonly end: number;
  /** The rule that fired, e.g. `ckb.weekday`. */
  readonly rule: string;
  /** The resolved date, EDTF. */
  readonly edtf: string;
  /** 0–1: how sure the rule is of the resolved date. */
  readonly confidence: number;
}

export interface TagOptions {
  lang: 'ckb' | 'en';
  /** The publication date, `YYYY-MM-DD`: the reference for relative expressions. */
  published: string;
  /**
   * Whether the expressions speak of something still to come. By default each expression is read
   * from the first verb after it (past: بەڕێکەوت, set off; future: بڕیارە, بکەن, will …).
   */
  future?: boolean;
}

interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = ({ y, m, d }: Day) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
const ym = (y: number, m: number) => `${String(y).padStart(4, '0')}-${pad(m)}`;
function addDays(day: Day, n: number): Day {
  const date = new Date(civilToMs(day.y, day.m, day.d) + n * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * Folds the text for matching (Arabic-Indic digits to Latin, tatweel and zero-width joiners out,
 * Arabic and Kurdish letter variants unified, lower case), keeping for every folded character the
 * offset of the original one, so that matches point back into the original text.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (code === 0x0640 || code === 0x200c || code === 0x200d || code === 0x200e || code === 0x200f || (code >= 0x064b && code <= 0x065f)) continue;
    let out: string;
    if (code >= 0x0660 && code <= 0x0669) out = String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out = String(code - 0x06f0);
    else if (code === 0x0643) out = '\u06a9';
    else if (code === 0x064a || code === 0x0649) out = '\u06cc';
    else if (code === 0x06be) out = '\u0647';
    else if (/\s/.test(c)) out = ' ';
    else out = c.toLowerCase();
    folded += out;
    offsets.push(i);
  }
  offsets.push(text.length);
  return { folded, offsets };
}

// Month names with their common variants (folded as above), and weekdays, Sunday first.
const CKB_MONTHS: readonly string[][] = [
  ['کانوونی دووەم', 'کانونی دووەم'],
  ['شوبات'],
  ['ئازار', 'ئادار'],
  ['نیسان'],
  ['ئایار', 'مایس'],
  ['حوزەیران'],
  ['تەمووز', 'تەمموز'],
  ['ئاب'],
  ['ئەیلوول', 'ئەیلول'],
  ['تشرینی یەکەم'],
  ['تشرینی دووەم'],
  ['کانونی یەکەم', 'کانوونی یەکەم'],
];
const CKB_WEEKDAYS: readonly string[][] = [
  ['یەکشەممە', 'یەک شەممە', 'یەکشەمە'],
  ['دووشەممە', 'دوو شەممە', 'دووشەمە'],
  ['سێشەممە', 'سێ شەممە', 'سێشەمە'],
  ['چوارشەممە', 'چوار شەممە', 'چوارشەمە'],
  ['پێنجشەممە', 'پێنج شەممە', 'پێنجشەمە'],
  ['هەینی', 'جومعە'],
  ['شەممە', 'شەمە'],
];
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const alternation = (names: readonly string[][]) =>
  names
    .flatMap((variants, i) => variants.map((v) => [v, i] as const))
    .sort((a, b) => b[0].length - a[0].length)
    .map(([v]) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
const indexIn = (names: readonly string[][], word: string) => names.findIndex((variants) => variants.includes(word));

// Kurdish words attach to what follows with the izafe ی, and take the locative -دا.
const CKB_MONTH = `(${alternation(CKB_MONTHS)})`;
const CKB_WEEKDAY = `(${alternation(CKB_WEEKDAYS)})`;
const IZ = '(?: ?ی)?';
// A word boundary for Arabic script: not preceded or followed by a letter.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

interface Rule {
  name: string;
  lang: 'ckb' | 'en';
  pattern: RegExp;
  confidence: number;
  resolve: (m: RegExpExecArray, ref: Day, options: TagOptions) => string | undefined;
}

const yearOf = (text: string) => Number(text);
const monthFromEn = (word: string) => EN_MONTHS.indexOf(word.slice(0, 3) === 'sep' ? 'september' : EN_MONTHS.find((m) => m.startsWith(word.slice(0, 3)))!) + 1;

/** The most recent such weekday before the reference day; with `future`, the next one after it. */
function weekday(ref: Day, target: number, future: boolean): string {
  const today = dayOfWeek(ref.y, ref.m, ref.d);
  if (future) return ymd(addDays(ref, ((target - today + 7) % 7) || 7));
  return ymd(addDays(ref, -(((today - target + 7) % 7) || 7)));
}

function thisYear(ref: Day, options: TagOptions): string {
  // Something still to come "this year" lies between publication and the year's end.
  return options.future ? `${ymd(ref)}/${ref.y}-12-31` : String(ref.y);
}

function beginningOrEnd(which: 'beginning' | 'end', y: number, m?: number): string {
  if (m === undefined) return which === 'beginning' ? `${y}-01/${y}-03` : `${y}-10/${y}-12`;
  return which === 'beginning' ? `${ym(y, m)}-01/${ym(y, m)}-10` : `${ym(y, m)}-21/${ym(y, m)}-${pad(daysInMonth(y, m))}`;
}

function previousWeek(ref: Day): string {
  // Weeks start on Saturday in Iraq (CLDR ckb); last week is the seven days before this one.
  const sinceSaturday = (dayOfWeek(ref.y, ref.m, ref.d) + 1) % 7;
  const start = addDays(ref, -sinceSaturday - 7);
  return `${ymd(start)}/${ymd(addDays(start, 6))}`;
}

const RULES: readonly Rule[] = [
  // Central Kurdish
  { name: 'ckb.day-month-year', lang: 'ckb', confidence: 0.95, pattern: new RegExp(`${B}(\\d{1,2}) ?ی? ${CKB_MONTH}${IZ} (\\d{4})${E}`, 'gu'), resolve: (m) => `${m[3]}-${pad(indexIn(CKB_MONTHS, m[2]!) + 1)}-${pad(Number(m[1]))}` },
  { name: 'ckb.month-this-year', lang: 'ckb', confidence: 0.9, pattern: new RegExp(`${B}(?:(?:لە )?مانگی )?${CKB_MONTH}${IZ} (?:ئەمساڵ|ئەم ساڵ)(?:دا)?${E}`, 'gu'), resolve: (m, ref) => ym(ref.y, indexIn(CKB_MONTHS, m[1]!) + 1) },
  { name: 'ckb.month-year', lang: 'ckb', confidence: 0.9, pattern: new RegExp(`${B}(?:(?:لە )?مانگی )?${CKB_MONTH}${IZ} (\\d{4})(?:دا)?${E}`, 'gu'), resolve: (m) => ym(yearOf(m[2]!), indexIn(CKB_MONTHS, m[1]!) + 1) },
  { name: 'ckb.beginning-end', lang: 'ckb', confidence: 0.7, pattern: new RegExp(`${B}(سەرەتای|کۆتایی) (?:(?:مانگی )?${CKB_MONTH}${IZ} )?(?:ساڵی )?(\\d{4}|ئەمساڵ)${E}`, 'gu'), resolve: (m, ref) => beginningOrEnd(m[1] === 'سەرەتای' ? 'beginning' : 'end', m[3] === 'ئەمساڵ' ? ref.y : yearOf(m[3]!), m[2] ? indexIn(CKB_MONTHS, m[2]) + 1 : undefined) },
  { name: 'ckb.today', lang: 'ckb', confidence: 0.9, pattern: new RegExp(`${B}ئەمڕۆ(?: ${CKB_WEEKDAY})?${E}`, 'gu'), resolve: (_m, ref) => ymd(ref) },
  { name: 'ckb.yesterday', lang: 'ckb', confidence: 0.9, pattern: new RegExp(`${B}دوێنێ${E}`, 'gu'), resolve: (_m, ref) => ymd(addDays(ref, -1)) },
  { name: 'ckb.tomorrow', lang: 'ckb', confidence: 0.9, pattern: new RegExp(`${B}سبەینێ${E}`, 'gu'), resolve: (_m, ref) => ymd(addDays(ref, 1)) },
  { name: 'ckb.weekday', lang: 'ckb', confidence: 0.75, pattern: new RegExp(`${B}(?:(?:لە )?ڕ?رۆژی )?${CKB_WEEKDAY}(?: ?ی)?( داهاتوو| ڕابردوو| رابردوو)?${E}`, 'gu'), resolve: (m, ref, o) => weekday(ref, indexIn(CKB_WEEKDAYS, m[1]!), m[2] ? m[2].includes('داهاتوو') : Boolean(o.future)) },
  { name: 'ckb.this-year', lang: 'ckb', confidence: 0.7, pattern: new RegExp(`${B}(?:لەمساڵدا|ئەمساڵ(?:دا)?|ئەم ساڵ(?:دا)?|لەم ساڵەدا)${E}`, 'gu'), resolve: (_m, ref, o) => thisYear(ref, o) },
  { name: 'ckb.last-year', lang: 'ckb', confidence: 0.8, pattern: new RegExp(`${B}(?:ساڵی (?:ڕابردوو|رابردوو|پێشوو)|پار(?:دا)?)${E}`, 'gu'), resolve: (_m, ref) => String(ref.y - 1) },
  { name: 'ckb.next-year', lang: 'ckb', confidence: 0.8, pattern: new RegExp(`${B}ساڵی داهاتوو(?:دا)?${E}`, 'gu'), resolve: (_m, ref) => String(ref.y + 1) },
  { name: 'ckb.next-month', lang: 'ckb', confidence: 0.8, pattern: new RegExp(`${B}مانگی داهاتوو(?:دا)?${E}`, 'gu'), resolve: (_m, ref) => (ref.m === 12 ? ym(ref.y + 1, 1) : ym(ref.y, ref.m + 1)) },
  { name: 'ckb.last-month', lang: 'ckb', confidence: 0.8, pattern: new RegExp(`${B}مانگی (?:ڕابردوو|رابردوو|پێشوو)(?:دا)?${E}`, 'gu'), resolve: (_m, ref) => (ref.m === 1 ? ym(ref.y - 1, 12) : ym(ref.y, ref.m - 1)) },
  { name: 'ckb.last-week', lang: 'ckb', confidence: 0.7, pattern: new RegExp(`${B}هەفتەی (?:ڕابردوو|رابردوو|پێشوو)(?:دا)?${E}`, 'gu'), resolve: (_m, ref) => previousWeek(ref) },
  { name: 'ckb.near-future', lang: 'ckb', confidence: 0.6, pattern: new RegExp(`${B}(?:لە ?ماوەیەکی نزیکدا|بەم زووانە|لە داهاتوویەکی نزیکدا)${E}`, 'gu'), resolve: (_m, ref) => `${ymd(ref)}/..` },
  { name: 'ckb.year', lang: 'ckb', confidence: 0.6, pattern: new RegExp(`${B}(?:(?:لە )?ساڵی )?((?:19|20)\\d\\d)(?:دا)?${E}`, 'gu'), resolve: (m) => m[1] },
  // English
  { name: 'en.day-month-year', lang: 'en', confidence: 0.95, pattern: /\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?),? (\d{4})\b/g, resolve: (m) => `${m[3]}-${pad(monthFromEn(m[2]!))}-${pad(Number(m[1]))}` },
  { name: 'en.month-day-year', lang: 'en', confidence: 0.95, pattern: /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/g, resolve: (m) => `${m[3]}-${pad(monthFromEn(m[1]!))}-${pad(Number(m[2]))}` },
  { name: 'en.month-this-year', lang: 'en', confidence: 0.9, pattern: /\b(january|february|march|april|may|june|july|august|september|october|november|december)(?: of)? this year\b/g, resolve: (m, ref) => ym(ref.y, monthFromEn(m[1]!)) },
  { name: 'en.month-year', lang: 'en', confidence: 0.9, pattern: /\b(january|february|march|april|may|june|july|august|september|october|november|december),? (\d{4})\b/g, resolve: (m) => ym(yearOf(m[2]!), monthFromEn(m[1]!)) },
  { name: 'en.beginning-end', lang: 'en', confidence: 0.7, pattern: /\b(early|late|(?:the )?beginning of|(?:the )?end of|(?:the )?start of) (?:(january|february|march|april|may|june|july|august|september|october|november|december) )?(\d{4}|this year)\b/g, resolve: (m, ref) => beginningOrEnd(/early|beginning|start/.test(m[1]!) ? 'beginning' : 'end', m[3] === 'this year' ? ref.y : yearOf(m[3]!), m[2] ? monthFromEn(m[2]) : undefined) },
  { name: 'en.today', lang: 'en', confidence: 0.9, pattern: /\btoday\b(?:,? (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday))?/g, resolve: (_m, ref) => ymd(ref) },
  { name: 'en.yesterday', lang: 'en', confidence: 0.9, pattern: /\byesterday\b/g, resolve: (_m, ref) => ymd(addDays(ref, -1)) },
  { name: 'en.tomorrow', lang: 'en', confidence: 0.9, pattern: /\btomorrow\b/g, resolve: (_m, ref) => ymd(addDays(ref, 1)) },
  { name: 'en.weekday', lang: 'en', confidence: 0.75, pattern: /\b(?:(last|next|this|on) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/g, resolve: (m, ref, o) => weekday(ref, EN_WEEKDAYS.indexOf(m[2]!), m[1] === 'next' || (m[1] !== 'last' && Boolean(o.future))) },
  { name: 'en.this-year', lang: 'en', confidence: 0.7, pattern: /\bthis year\b/g, resolve: (_m, ref, o) => thisYear(ref, o) },
  { name: 'en.last-year', lang: 'en', confidence: 0.8, pattern: /\blast year\b/g, resolve: (_m, ref) => String(ref.y - 1) },
  { name: 'en.next-year', lang: 'en', confidence: 0.8, pattern: /\bnext year\b/g, resolve: (_m, ref) => String(ref.y + 1) },
  { name: 'en.next-month', lang: 'en', confidence: 0.8, pattern: /\bnext month\b/g, resolve: (_m, ref) => (ref.m === 12 ? ym(ref.y + 1, 1) : ym(ref.y, ref.m + 1)) },
  { name: 'en.last-month', lang: 'en', confidence: 0.8, pattern: /\blast month\b/g, resolve: (_m, ref) => (ref.m === 1 ? ym(ref.y - 1, 12) : ym(ref.y, ref.m - 1)) },
  { name: 'en.last-week', lang: 'en', confidence: 0.7, pattern: /\blast week\b/g, resolve: (_m, ref) => previousWeek(ref) },
  { name: 'en.near-future', lang: 'en', confidence: 0.6, pattern: /\b(?:in the near future|soon|shortly)\b/g, resolve: (_m, ref) => `${ymd(ref)}/..` },
  { name: 'en.year', lang: 'en', confidence: 0.6, pattern: /\b(?:in )?((?:19|20)\d\d)\b/g, resolve: (m) => m[1] },
];

/** Expressions of time in `text`, longest first where they overlap, in text order. */
export function tagTemporalExpressions(text: string, options: TagOptions): TemporalMatch[] {
  const ref = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.published);
  if (!ref) throw new Error(`published must be a day, YYYY-MM-DD; got ${JSON.stringify(options.published)}`);
  const day: Day = { y: Number(ref[1]), m: Number(ref[2]), d: Number(ref[3]) };
  const { folded, offsets } = foldWithOffsets(text);
  const found: TemporalMatch[] = [];
  for (const rule of RULES) {
    if (rule.lang !== options.lang) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(folded); m; m = rule.pattern.exec(folded)) {
      const future = options.future ?? speaksOfFutureAfter(folded, m.index + m[0].length, options.lang);
      const edtf = rule.resolve(m, day, { ...options, future });
      if (!edtf) continue;
      const start = offsets[m.index]!;
      const end = offsets[m.index + m[0].length - 1]! + 1;
      found.push({ text: text.slice(start, end), start, end, rule: rule.name, edtf, confidence: rule.confidence });
    }
  }
  // Where expressions overlap, the longer one (then the more confident) wins.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence);
  const kept: TemporalMatch[] = [];
  for (const match of found) if (!kept.some((k) => match.start < k.end && k.start < match.end)) kept.push(match);
  return kept.sort((a, b) => a.start - b.start);
}

// Kurdish verb endings: past and perfect (-کەوت, -کرد, -ووە …) against future, subjunctive and
// "is to" (بڕیارە, بکەن, دەبێت …). Whichever comes first after an expression is its verb.
const CKB_PAST = /(?:کەوت|کرد|کردن|بوو|بوون|ووە|ووەتەوە|وون)(?![\p{L}\p{N}])/u;
const CKB_FUTURE = /(?:بڕیارە|بریارە|دەبێت|بکەن|بکات|بکرێت|دەکات|دەکەن|دەکرێت)(?![\p{L}\p{N}])/u;
const EN_FUTURE = /\b(will|shall|plan(?:s|ned)? to|agreed to|(?:is|are) (?:scheduled|expected|due|set) to|to be held)\b/;

/** Whether the verb that follows `index` in folded text speaks of the future. */
export function speaksOfFutureAfter(folded: string, index: number, lang: 'ckb' | 'en'): boolean {
  const rest = folded.slice(index);
  if (lang === 'en') return EN_FUTURE.test(rest.split(/[.;!?]/)[0]!) || EN_FUTURE.test(folded.slice(0, index).split(/[.;!?]/).pop()!);
  const past = CKB_PAST.exec(rest)?.index ?? Infinity;
  const future = CKB_FUTURE.exec(rest)?.index ?? Infinity;
  return future < past;
}
