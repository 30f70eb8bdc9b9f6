/**
 * English temporal expressions for the article tagger (`src/extract/`), kept apart from the
 * language module so the element's bundle does not carry them.
 */
import { beginningOrEnd, dayAfter, dayBefore, existingDay, isoDay, isoMonth, monthAfter, monthBefore, nearestWeekday, previousWeek, thisYear } from '../../extract/calendar.js';
import { indexOfName, nameAlternation, type TemporalVocabulary } from '../../extract/temporal-rule.js';
import type { NameWithVariants } from '../language.js';
import { en } from './index.js';

// Day and month may be written short (`3 Sept 2021`); month and year alone only in full.
const ANY_MONTH = `(${nameAlternation(en.months)})`;
const FULL_MONTH = `(${nameAlternation(en.months.map(([written]): NameWithVariants => [written]))})`;
const WEEKDAY = `(${nameAlternation(en.weekdays)})`;
const ORDINAL = '(?:st|nd|rd|th)?';
const rule = (source: string) => new RegExp(`\\b${source}\\b`, 'g');
const month = (word: string) => indexOfName(en.months, word) + 1;

const FUTURE = /\b(will|shall|plan(?:s|ned)? to|agreed to|(?:is|are) (?:scheduled|expected|due|set) to|to be held)\b/;

export const enTemporalVocabulary: TemporalVocabulary = {
  rules: [
    { name: 'en.day-month-year', confidence: 0.95, pattern: rule(`(\\d{1,2})${ORDINAL} (?:of )?${ANY_MONTH},? (\\d{4})`), resolve: (m) => existingDay(m[3]!, month(m[2]!), m[1]!) },
    { name: 'en.month-day-year', confidence: 0.95, pattern: rule(`${ANY_MONTH} (\\d{1,2})${ORDINAL},? (\\d{4})`), resolve: (m) => existingDay(m[3]!, month(m[1]!), m[2]!) },
    { name: 'en.month-this-year', confidence: 0.9, pattern: rule(`${FULL_MONTH}(?: of)? this year`), resolve: (m, ref) => isoMonth(ref.getFullYear(), month(m[1]!)) },
    { name: 'en.month-year', confidence: 0.9, pattern: rule(`${FULL_MONTH},? (\\d{4})`), resolve: (m) => isoMonth(m[2]!, month(m[1]!)) },
    { name: 'en.beginning-end', confidence: 0.7, pattern: rule(`(early|late|(?:the )?beginning of|(?:the )?end of|(?:the )?start of) (?:${FULL_MONTH} )?(\\d{4}|this year)`), resolve: (m, ref) => beginningOrEnd(/early|beginning|start/.test(m[1]!) ? 'beginning' : 'end', m[3] === 'this year' ? ref.getFullYear() : Number(m[3]), m[2] ? month(m[2]) : undefined) },
    { name: 'en.today', confidence: 0.9, pattern: new RegExp(`\\btoday\\b(?:,? ${WEEKDAY})?`, 'g'), resolve: (_m, ref) => isoDay(ref) },
    { name: 'en.yesterday', confidence: 0.9, pattern: rule('yesterday'), resolve: (_m, ref) => dayBefore(ref) },
    { name: 'en.tomorrow', confidence: 0.9, pattern: rule('tomorrow'), resolve: (_m, ref) => dayAfter(ref) },
    { name: 'en.weekday', confidence: 0.75, pattern: rule(`(?:(last|next|this|on) )?${WEEKDAY}`), resolve: (m, ref, future) => nearestWeekday(ref, indexOfName(en.weekdays, m[2]!), m[1] === 'next' || (m[1] !== 'last' && future)) },
    { name: 'en.this-year', confidence: 0.7, pattern: rule('this year'), resolve: (_m, ref, future) => thisYear(ref, future) },
    { name: 'en.last-year', confidence: 0.8, pattern: rule('last year'), resolve: (_m, ref) => String(ref.getFullYear() - 1) },
    { name: 'en.next-year', confidence: 0.8, pattern: rule('next year'), resolve: (_m, ref) => String(ref.getFullYear() + 1) },
    { name: 'en.next-month', confidence: 0.8, pattern: rule('next month'), resolve: (_m, ref) => monthAfter(ref) },
    { name: 'en.last-month', confidence: 0.8, pattern: rule('last month'), resolve: (_m, ref) => monthBefore(ref) },
    { name: 'en.last-week', confidence: 0.7, pattern: rule('last week'), resolve: (_m, ref) => previousWeek(ref) },
    { name: 'en.near-future', confidence: 0.6, pattern: rule('(?:in the near future|soon|shortly)'), resolve: (_m, ref) => `${isoDay(ref)}/..` },
    { name: 'en.year', confidence: 0.6, pattern: rule('(?:in )?((?:19|20)\\d\\d)'), resolve: (m) => m[1] },
  ],
  speaksOfFuture(folded, index) {
    const sentenceOf = (text: string) => text.split(/[.;!?]/);
    return FUTURE.test(sentenceOf(folded.slice(index))[0]!) || FUTURE.test(sentenceOf(folded.slice(0, index)).pop()!);
  },
};
