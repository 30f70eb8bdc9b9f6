/**
 * The date model of an event: what an EDTF string (ISO 8601-2, levels 0 and 1) says, with the
 * earliest and latest instant it can mean. Pure data; no Lit, no DOM.
 */

/** How fine a single date is. A date with unspecified digits (`201X`) keeps the precision it is written in. */
export type DatePrecision = 'year' | 'season' | 'month' | 'day' | 'second';

/** One calendar date (or date and time) as written, with its bounds. */
export interface EventDatePoint {
  readonly type: 'point';
  /** Astronomical year: 0 is 1 BCE, -1 is 2 BCE. */
  readonly year: number;
  /** 1–12, absent below month precision. */
  readonly month?: number;
  /** 21–24 (spring, summer, autumn, winter), only at season precision. */
  readonly season?: number;
  /** 1–31, absent below day precision. */
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  /** Offset from UTC in minutes, when a time gives one (`Z` is 0). Absent for local times. */
  readonly offsetMinutes?: number;
  readonly precision: DatePrecision;
  /** `?` or `%`: the source is not sure of this date. */
  readonly uncertain: boolean;
  /** `~` or `%`: the date is an estimate. */
  readonly approximate: boolean;
  /** Which parts were written with `X` (unspecified digits). */
  readonly unspecified: { readonly year: number; readonly month: boolean; readonly day: boolean };
  /** First millisecond the date can mean (UTC, proleptic Gregorian). */
  readonly earliest: number;
  /** Last millisecond the date can mean. */
  readonly latest: number;
}

/** One end of an interval that is not a date: `..` (open, no end) or empty (unknown). */
export interface EventDateOpenEnd {
  readonly type: 'open' | 'unknown';
}

/** An interval `start/end`; either end may be open or unknown, never both. */
export interface EventDateInterval {
  readonly type: 'interval';
  readonly start: EventDatePoint | EventDateOpenEnd;
  readonly end: EventDatePoint | EventDateOpenEnd;
  /** `-Infinity` when the start is open or unknown. */
  readonly earliest: number;
  /** `Infinity` when the end is open or unknown. */
  readonly latest: number;
}

/** A parsed event date: the string it came from and what it means. */
export type EventDate = (EventDatePoint | EventDateInterval) & { readonly input: string };

export const isInterval = (date: EventDate): date is EventDateInterval & { readonly input: string } =>
  date.type === 'interval';

export const isPoint = (end: EventDatePoint | EventDateOpenEnd): end is EventDatePoint => end.type === 'point';

/** The point a date starts at (a single date, or an interval's start when it is a date). */
export function startPoint(date: EventDate): EventDatePoint | undefined {
  if (date.type === 'point') return date;
  return isPoint(date.start) ? date.start : undefined;
}

/** The point a date ends at (a single date, or an interval's end when it is a date). */
export function endPoint(date: EventDate): EventDatePoint | undefined {
  if (date.type === 'point') return date;
  return isPoint(date.end) ? date.end : undefined;
}
