import type { Language } from '../languages/language.js';
import type { Numerals } from './numerals.js';

/**
 * How one language words event dates: its month and weekday names, the digits it writes by
 * default, and the phrases that join the parts. Self-contained on purpose: the element's bundle
 * carries these few strings, not whole date-fns locales (those are exported separately, built
 * from the same names). Each
 * phrase gets parts that are already words (numbers still in Latin digits; the formatter converts
 * the whole result at the end).
 */
export interface EventDateLocale {
  /** BCP 47 language tag, e.g. `ckb`. */
  readonly code: string;
  /** January to December, as running text writes them. */
  readonly months: readonly string[];
  /** Sunday to Saturday. */
  readonly weekdays: readonly string[];
  /** The digits the language writes by default. */
  readonly numerals: Numerals;
  /** Spring, summer, autumn, winter. */
  readonly seasons: readonly [string, string, string, string];
  readonly phrases: EventDatePhrases;
}

export interface EventDatePhrases {
  /** A year before year 1, given as a positive count: `501` → `501 BCE`. */
  bce(year: string): string;
  /** `June 2019`, `حوزەیرانی ٢٠١٩`. */
  month(month: string, year: string): string;
  /** `20 August 2020`, `٢٠ی ئابی ٢٠٢٠`. */
  day(day: string, month: string, year: string): string;
  /** A day without its year, as the first half of a range: `18 June`. */
  dayOfMonth(day: string, month: string): string;
  /** `Tuesday 18 August 2020`. */
  weekday(weekday: string, date: string): string;
  /** `Summer 2020`. */
  season(season: string, year: string): string;
  /** `18–20 August 2020`. */
  dayRange(firstDay: string, lastDay: string, month: string, year: string): string;
  /** `June – August 2020`. */
  monthRange(firstMonth: string, lastMonth: string, year: string): string;
  /** `June 2019 – August 2020`. */
  range(start: string, end: string): string;
  /** An interval with an open end (`2020/..`). */
  from(start: string): string;
  /** An interval with an open start (`../2020`). */
  until(end: string): string;
  /** An interval whose end is unknown (`2020/`). */
  endUnknown(start: string): string;
  /** An interval whose start is unknown (`/2020`). */
  startUnknown(end: string): string;
  /** `~`: an estimate. */
  approximate(date: string): string;
  /** `?`: the source is not sure. */
  uncertain(date: string): string;
  /** `%`: both. */
  uncertainApproximate(date: string): string;
  /** A date with a time of day: `20 August 2020, 14:30`. */
  time(date: string, time: string): string;
  /** The time between two events, with the count in Latin digits: `14 months later`. */
  later(count: number, unit: EventGapUnit): string;
}

/** The unit a gap between events is said in. */
export type EventGapUnit = 'days' | 'months' | 'years';

/** The event-date wording of a language module: its written names (not their variants) and phrases. */
export function eventDateLocaleOf(language: Language): EventDateLocale {
  const { code, numerals, seasons, phrases } = language;
  const written = (names: Language['months']) => names.map(([name]) => name);
  return { code, numerals, seasons, phrases, months: written(language.months), weekdays: written(language.weekdays) };
}
