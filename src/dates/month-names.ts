/**
 * Month names as they are written in English, Central Kurdish and Arabic news text, with the common
 * spelling variants, for recognising dates written in words (suggestions, the article tagger).
 * Formatting uses the locale modules; this table only reads.
 */
import { toLatinDigits } from './numerals.js';

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'کانوونی دووەم', 'کانونی دووەم', 'كانون الثاني', 'يناير'],
  ['february', 'feb', 'شوبات', 'شباط', 'فبراير'],
  ['march', 'mar', 'ئازار', 'ئادار', 'آذار', 'مارس'],
  ['april', 'apr', 'نیسان', 'نيسان', 'أبريل', 'ابريل'],
  ['may', 'ئایار', 'مایس', 'أيار', 'مايو'],
  ['june', 'jun', 'حوزەیران', 'حزيران', 'يونيو'],
  ['july', 'jul', 'تەمووز', 'تەمموز', 'تموز', 'يوليو'],
  ['august', 'aug', 'ئاب', 'آب', 'أغسطس'],
  ['september', 'sep', 'sept', 'ئەیلوول', 'ئەیلول', 'أيلول', 'سبتمبر'],
  ['october', 'oct', 'تشرینی یەکەم', 'تشرين الأول', 'أكتوبر'],
  ['november', 'nov', 'تشرینی دووەم', 'تشرين الثاني', 'نوفمبر'],
  ['december', 'dec', 'کانونی یەکەم', 'کانوونی یەکەم', 'كانون الأول', 'ديسمبر'],
];

/**
 * Folds the differences that do not change a word in Arabic-script news text: Arabic-Indic digits,
 * tatweel (kashida), zero-width joiners, Arabic vs Persian/Kurdish code points for kaf, yeh and heh,
 * hamza carriers, and case. Both the text and the names go through it.
 */
export function foldArabicScript(text: string): string {
  return toLatinDigits(text)
    .normalize('NFC')
    .replace(/\u0640|\u200c|\u200d|\u200e|\u200f|[\u064b-\u065f]/g, '')
    .replace(/\u0643/g, '\u06a9')
    .replace(/[\u064a\u0649]/g, '\u06cc')
    .replace(/\u06be/g, '\u0647')
    .replace(/[\u0623\u0625\u0622]/g, '\u0627')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const FOLDED: readonly (readonly [string, number])[] = MONTHS.flatMap((names, index) =>
  names.map((name) => [foldArabicScript(name), index + 1] as const),
).sort((a, b) => b[0].length - a[0].length);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular-expression source matching any month name (folded), longest first. */
export const MONTH_NAME_PATTERN = FOLDED.map(([name]) => escape(name)).join('|');

/** The month number (1–12) of a folded month name, or undefined. */
export function monthNumberOf(foldedName: string): number | undefined {
  return FOLDED.find(([name]) => name === foldedName)?.[1];
}
