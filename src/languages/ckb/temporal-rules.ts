/**
 * Central Kurdish temporal expressions for the article tagger (`src/extract/`), kept apart from
 * the language module so the element's bundle does not carry them.
 */
import { beginningOrEnd, dayAfter, dayBefore, existingDay, isoDay, isoMonth, monthAfter, monthBefore, nearestWeekday, previousWeek, thisYear } from '../../extract/calendar.js';
import { indexOfName, nameAlternation, type TemporalVocabulary } from '../../extract/temporal-rule.js';
import { ckb } from './index.js';

// Kurdish words attach to what follows with the izafe ی, and take the locative -دا.
const MONTH = `(${nameAlternation(ckb.months)})`;
const WEEKDAY = `(${nameAlternation(ckb.weekdays)})`;
const IZ = '(?: ?ی)?';
// A word boundary for Arabic script: not preceded or followed by a letter.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const PAST_WORD = '(?:ڕابردوو|رابردوو|پێشوو)';
const rule = (source: string) => new RegExp(`${B}${source}${E}`, 'gu');
const month = (word: string) => indexOfName(ckb.months, word) + 1;

// Verb endings: past and perfect (-کەوت, -کرد, -ووە …) against future, subjunctive and "is to"
// (بڕیارە, بکەن, دەبێت …). Whichever comes first after an expression is its verb.
const PAST = /(?:کەوت|کرد|کردن|بوو|بوون|ووە|ووەتەوە|وون)(?![\p{L}\p{N}])/u;
const FUTURE = /(?:بڕیارە|بریارە|دەبێت|بکەن|بکات|بکرێت|دەکات|دەکەن|دەکرێت)(?![\p{L}\p{N}])/u;

export const ckbTemporalVocabulary: TemporalVocabulary = {
  rules: [
    { name: 'ckb.day-month-year', confidence: 0.95, pattern: rule(`(\\d{1,2}) ?ی? ${MONTH}${IZ} (\\d{4})`), resolve: (m) => existingDay(m[3]!, month(m[2]!), m[1]!) },
    { name: 'ckb.month-this-year', confidence: 0.9, pattern: rule(`(?:(?:لە )?مانگی )?${MONTH}${IZ} (?:ئەمساڵ|ئەم ساڵ)(?:دا)?`), resolve: (m, ref) => isoMonth(ref.getFullYear(), month(m[1]!)) },
    { name: 'ckb.month-year', confidence: 0.9, pattern: rule(`(?:(?:لە )?مانگی )?${MONTH}${IZ} (\\d{4})(?:دا)?`), resolve: (m) => isoMonth(m[2]!, month(m[1]!)) },
    { name: 'ckb.beginning-end', confidence: 0.7, pattern: rule(`(سەرەتای|کۆتایی) (?:(?:مانگی )?${MONTH}${IZ} )?(?:ساڵی )?(\\d{4}|ئەمساڵ)`), resolve: (m, ref) => beginningOrEnd(m[1] === 'سەرەتای' ? 'beginning' : 'end', m[3] === 'ئەمساڵ' ? ref.getFullYear() : Number(m[3]), m[2] ? month(m[2]) : undefined) },
    { name: 'ckb.today', confidence: 0.9, pattern: rule(`ئەمڕۆ(?: ${WEEKDAY})?`), resolve: (_m, ref) => isoDay(ref) },
    { name: 'ckb.yesterday', confidence: 0.9, pattern: rule('دوێنێ'), resolve: (_m, ref) => dayBefore(ref) },
    { name: 'ckb.tomorrow', confidence: 0.9, pattern: rule('سبەینێ'), resolve: (_m, ref) => dayAfter(ref) },
    { name: 'ckb.weekday', confidence: 0.75, pattern: rule(`(?:(?:لە )?ڕ?رۆژی )?${WEEKDAY}(?: ?ی)?( داهاتوو| ڕابردوو| رابردوو)?`), resolve: (m, ref, future) => nearestWeekday(ref, indexOfName(ckb.weekdays, m[1]!), m[2] ? m[2].includes('داهاتوو') : future) },
    { name: 'ckb.this-year', confidence: 0.7, pattern: rule('(?:لەمساڵدا|ئەمساڵ(?:دا)?|ئەم ساڵ(?:دا)?|لەم ساڵەدا)'), resolve: (_m, ref, future) => thisYear(ref, future) },
    { name: 'ckb.last-year', confidence: 0.8, pattern: rule(`(?:ساڵی ${PAST_WORD}|پار(?:دا)?)`), resolve: (_m, ref) => String(ref.getFullYear() - 1) },
    { name: 'ckb.next-year', confidence: 0.8, pattern: rule('ساڵی داهاتوو(?:دا)?'), resolve: (_m, ref) => String(ref.getFullYear() + 1) },
    { name: 'ckb.next-month', confidence: 0.8, pattern: rule('مانگی داهاتوو(?:دا)?'), resolve: (_m, ref) => monthAfter(ref) },
    { name: 'ckb.last-month', confidence: 0.8, pattern: rule(`مانگی ${PAST_WORD}(?:دا)?`), resolve: (_m, ref) => monthBefore(ref) },
    { name: 'ckb.last-week', confidence: 0.7, pattern: rule(`هەفتەی ${PAST_WORD}(?:دا)?`), resolve: (_m, ref) => previousWeek(ref) },
    { name: 'ckb.near-future', confidence: 0.6, pattern: rule('(?:لە ?ماوەیەکی نزیکدا|بەم زووانە|لە داهاتوویەکی نزیکدا)'), resolve: (_m, ref) => `${isoDay(ref)}/..` },
    { name: 'ckb.year', confidence: 0.6, pattern: rule('(?:(?:لە )?ساڵی )?((?:19|20)\\d\\d)(?:دا)?'), resolve: (m) => m[1] },
  ],
  speaksOfFuture(folded, index) {
    const rest = folded.slice(index);
    const past = PAST.exec(rest)?.index ?? Infinity;
    const future = FUTURE.exec(rest)?.index ?? Infinity;
    return future < past;
  },
};
