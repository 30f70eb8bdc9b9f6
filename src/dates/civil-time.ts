/**
 * The bridge between EDTF's civil dates (any year: BCE, five digits, geological) and date-fns,
 * which works on JS `Date`s. A `Date` holds only years within ±275,760 and `new Date(y, …)` reads
 * years 0–99 as 1900–1999. The Gregorian calendar repeats every 400 years (146,097 days, exactly
 * 20,871 weeks), so moving a year into 2000–2399 by whole cycles keeps its month lengths and its
 * weekdays: date-fns and Date answer those questions there, for every year.
 */
import { getDaysInMonth } from 'date-fns/getDaysInMonth';

export const MS_PER_DAY = 86_400_000;
const CYCLE_YEARS = 400;
export const CYCLE_MS = 146_097 * MS_PER_DAY;

/** Whole 400-year cycles between 2000 and the year's cycle. */
const cyclesFrom2000 = (year: number): number => Math.floor((year - 2000) / CYCLE_YEARS);

/** The same month (and day) in 2000–2399, as local time, which is how date-fns reads dates. */
function inDateRange(year: number, month: number, day = 1): Date {
  return new Date(year - cyclesFrom2000(year) * CYCLE_YEARS, month - 1, day);
}

export const daysInMonth = (year: number, month: number): number => getDaysInMonth(inDateRange(year, month));

/** Day of the week, 0 = Sunday, for a civil date. */
export const dayOfWeek = (year: number, month: number, day: number): number => inDateRange(year, month, day).getDay();

/**
 * Milliseconds since the epoch of the start of a civil day (UTC); months past 12 run into the next
 * year. Exact to the millisecond for |year| below about 285,000; beyond that still monotonic.
 */
export function civilToMs(year: number, month: number, day: number): number {
  const cycles = cyclesFrom2000(year);
  return Date.UTC(year - cycles * CYCLE_YEARS, month - 1, day) + cycles * CYCLE_MS;
}
