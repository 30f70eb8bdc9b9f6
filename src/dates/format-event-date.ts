import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { CYCLE_MS, dayOfWeek, MS_PER_DAY } from './civil-time.js';
import { sortInstant } from './compare-event-dates.js';
import type { EventDate, EventDatePoint } from './event-date.js';
import type { EventDateLocale } from './event-date-locale.js';
import { enEventDates } from './locales/en/index.js';
import { type Numerals, toNumerals } from './numerals.js';

export interface FormatEventDateOptions {
  /** The language to word the date in; English by default. */
  locale?: EventDateLocale;
  /** Digits: the locale's own by default (Eastern Arabic for `ckb` and `ar`). */
  numerals?: Numerals;
  /** Name the weekday of a single day-precision date: `Tuesday 18 August 2020` (not of ranges). */
  weekday?: boolean;
}

/**
 * Words an event date at the precision it was given: a year as a year, a month as a month, a day
 * as a day, an interval as a range (`18–20 August 2020`), open and unknown ends as such,
 * unspecified digits as the span they allow (`201X` → `2010–2019`), qualifiers as words
 * (`About June 2019`, `June 2019 (uncertain)`).
 */
export function formatEventDate(date: EventDate, options: FormatEventDateOptions = {}): string {
  const locale = options.locale ?? enEventDates;
  const weekday = options.weekday ?? false;
  // Weekdays name single days; on a range they would double its length for little.
  const text = date.type === 'point' ? formatPoint(date, locale, weekday) : formatInterval(date, locale);
  return toNumerals(text, options.numerals ?? locale.numerals);
}

function formatInterval(date: EventDate & { type: 'interval' }, locale: EventDateLocale): string {
  const { start, end } = date;
  const { phrases } = locale;
  if (start.type !== 'point') {
    const endText = formatPoint(end as EventDatePoint, locale, false);
    return start.type === 'open' ? phrases.until(endText) : phrases.startUnknown(endText);
  }
  const startText = formatPoint(start, locale, false);
  if (end.type !== 'point') return end.type === 'open' ? phrases.from(startText) : phrases.endUnknown(startText);
  return formatRange(start, end, locale) ?? phrases.range(startText, formatPoint(end, locale, false));
}

/** Shares the year (and month) of two plain dates of the same precision: `18–20 August 2020`. */
function formatRange(a: EventDatePoint, b: EventDatePoint, locale: EventDateLocale): string | undefined {
  const plain = (p: EventDatePoint) =>
    !p.uncertain && !p.approximate && !p.unspecified.year && !p.unspecified.month && !p.unspecified.day && p.year > 0;
  if (!plain(a) || !plain(b) || a.precision !== b.precision || a.year !== b.year) return undefined;
  const { phrases } = locale;
  const year = String(a.year);
  if (a.precision === 'month') {
    return a.month === b.month ? formatPoint(a, locale, false) : phrases.monthRange(monthName(locale, a.month!), monthName(locale, b.month!), year);
  }
  if (a.precision === 'day') {
    if (a.month === b.month) {
      if (a.day === b.day) return formatPoint(a, locale, false);
      return phrases.dayRange(String(a.day), String(b.day), monthName(locale, a.month!), year);
    }
    return phrases.range(phrases.dayOfMonth(String(a.day), monthName(locale, a.month!)), formatPoint(b, locale, false));
  }
  return undefined;
}

function formatPoint(point: EventDatePoint, locale: EventDateLocale, weekday: boolean): string {
  const { phrases } = locale;
  const text = formatUnqualified(point, locale, weekday);
  if (point.uncertain && point.approximate) return phrases.uncertainApproximate(text);
  if (point.uncertain) return phrases.uncertain(text);
  if (point.approximate) return phrases.approximate(text);
  return text;
}

function formatUnqualified(point: EventDatePoint, locale: EventDateLocale, weekday: boolean): string {
  const { phrases } = locale;
  const year = formatYear(point.year, locale);
  if (point.unspecified.year) {
    const span = 10 ** point.unspecified.year;
    return phrases.range(year, formatYear(point.year + span - 1, locale));
  }
  switch (point.precision) {
    case 'year':
      return year;
    case 'season':
      return phrases.season(locale.seasons[point.season! - 21]!, year);
    case 'month':
      return point.unspecified.month ? year : phrases.month(monthName(locale, point.month!), year);
    case 'day':
    case 'second': {
      if (point.unspecified.month) return year;
      if (point.unspecified.day) return phrases.month(monthName(locale, point.month!), year);
      let text = phrases.day(String(point.day), monthName(locale, point.month!), year);
      if (weekday) {
        const name = locale.weekdays[dayOfWeek(point.year, point.month!, point.day!)]!;
        text = phrases.weekday(name, text);
      }
      return point.precision === 'second' ? phrases.time(text, formatTime(point)) : text;
    }
  }
}

function formatYear(year: number, locale: EventDateLocale): string {
  return year > 0 ? String(year) : locale.phrases.bce(String(1 - year));
}

const monthName = (locale: EventDateLocale, month: number): string => locale.months[month - 1]!;

const two = (value: number): string => String(value).padStart(2, '0');

/** `14:30`, `14:30:05`, with the offset when one was given: `14:30 UTC+03:00`. */
function formatTime(point: EventDatePoint): string {
  let time = `${two(point.hour!)}:${two(point.minute!)}`;
  if (point.second) time += `:${two(point.second)}`;
  if (point.offsetMinutes === undefined) return time;
  if (point.offsetMinutes === 0) return `${time} UTC`;
  const sign = point.offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(point.offsetMinutes);
  // U+2212 would read better, but «+»/«-» keep the offset copyable.
  return `${time} UTC${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

export interface FormatEventGapOptions {
  locale?: EventDateLocale;
  numerals?: Numerals;
  /** Gaps shorter than this many days are not worth saying; 30 by default. */
  minimumDays?: number;
}

/**
 * The time from one event to the next, in the largest whole unit that reads naturally:
 * days under two months, months under two years, years beyond (`14 months later`). Undefined
 * when the gap is shorter than `minimumDays`, or when either date has no start.
 */
export function formatEventGap(previous: EventDate, next: EventDate, options: FormatEventGapOptions = {}): string | undefined {
  const locale = options.locale ?? enEventDates;
  const from = sortInstant(previous);
  const to = sortInstant(next);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  const { days, months } = calendarGap(from, to);
  if (days < (options.minimumDays ?? 30)) return undefined;
  const text = days < 60 ? locale.phrases.later(days, 'days') : months < 24 ? locale.phrases.later(months, 'months') : locale.phrases.later(Math.floor(months / 12), 'years');
  return toNumerals(text, options.numerals ?? locale.numerals);
}

/**
 * Whole days and whole months from one UTC instant to a later one: months count calendar months,
 * less one when the later day of the month has not reached the earlier one (15 June to 14 August
 * is one month).
 */
function calendarGap(from: number, to: number): { days: number; months: number } {
  // date-fns reads local time and Dates hold only ±275,760 years: move both instants by the same
  // whole 400-year cycles (the calendar repeats) and copy their UTC fields into local Dates.
  const shift = Math.floor(from / CYCLE_MS) * CYCLE_MS;
  const a = utcFieldsAsLocal(from - shift);
  const b = utcFieldsAsLocal(to - shift);
  if (Number.isNaN(b.getTime())) {
    // A gap of more than about 270,000 years (TimelineJS geological dates): only years are said.
    // Instants this large are not exact to the day anyway, so count mean Gregorian years, rounded.
    const months = Math.round(((to - from) / CYCLE_MS) * 400) * 12;
    return { days: Math.sign(to - from) * Infinity, months };
  }
  const months = differenceInCalendarMonths(b, a) - (b.getDate() < a.getDate() ? 1 : 0);
  // Whole days are elapsed time between two UTC instants, which a division says exactly; date-fns'
  // `differenceInDays` would give the same on these copies and cost the bundle 0.4 KB gzip.
  return { days: Math.floor((to - from) / MS_PER_DAY), months };
}

function utcFieldsAsLocal(ms: number): Date {
  const utc = new Date(ms);
  const local = new Date(0);
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  local.setHours(utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds(), utc.getUTCMilliseconds());
  return local;
}
