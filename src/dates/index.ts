// Dates as journalists write them. Runs in Node and browsers alike: no Lit, no DOM.
import '../data/full-problem-details.js';
export type { DatePrecision, EventDate, EventDateInterval, EventDateOpenEnd, EventDatePoint } from './event-date.js';
export { endPoint, isInterval, startPoint } from './event-date.js';
export { EventDateError } from './event-date-error.js';
export { parseEventDate, tryParseEventDate } from './parse-event-date.js';
export { compareEventDates, sortByEventDate, sortInstant, startPrecision } from './compare-event-dates.js';
export { formatEventDate, formatEventGap } from './format-event-date.js';
export type { FormatEventDateOptions, FormatEventGapOptions } from './format-event-date.js';
export type { EventDateLocale, EventDatePhrases } from './event-date-locale.js';
export { arEventDates, ckbEventDates, enEventDates, eventDateLocaleFor, eventDateLocales, intlEventDates } from './locales/index.js';
export { toLatinDigits, toNumerals } from './numerals.js';
export type { Numerals } from './numerals.js';
export { suggestEdtf } from './suggest-edtf.js';
// date-fns locales for sites that format with date-fns themselves; the element does not load them.
export { ar } from './locales/ar/index.js';
export { ckb } from './locales/ckb/index.js';
