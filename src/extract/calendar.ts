/**
 * The calendar arithmetic the tagger resolves expressions with, on date-fns: days and months
 * before and after the publication date, the nearest weekday, the week (which starts on Saturday
 * in Iraq), and whether a written day exists. Dates are local midnight, as date-fns expects.
 */
import { addDays, addMonths, format, getDaysInMonth, isExists, nextDay, previousDay, startOfWeek, subDays, subMonths, subWeeks, type Day } from 'date-fns';

/** The publication day, or undefined when `YYYY-MM-DD` does not name a day that exists. */
export function referenceDay(published: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!m || !isExists(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) return undefined;
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

function dayOf(year: number, month: number, day: number): Date {
  const date = new Date(0);
  // setFullYear, not the constructor, which reads years 0–99 as 1900–1999.
  date.setFullYear(year, month - 1, day);
  date.setHours(0, 0, 0, 0);
  return date;
}

const pad = (n: number | string) => String(n).padStart(2, '0');

/** `YYYY-MM-DD`. */
export const isoDay = (date: Date): string => format(date, 'yyyy-MM-dd');
/** `YYYY-MM`. */
export const isoMonth = (year: number | string, month: number): string => `${String(year).padStart(4, '0')}-${pad(month)}`;

/** A written day as EDTF, or undefined when it does not exist (31 February). */
export function existingDay(year: string, month: number, day: string): string | undefined {
  return isExists(Number(year), month - 1, Number(day)) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

export const dayBefore = (ref: Date): string => isoDay(subDays(ref, 1));
export const dayAfter = (ref: Date): string => isoDay(addDays(ref, 1));
export const monthBefore = (ref: Date): string => format(subMonths(ref, 1), 'yyyy-MM');
export const monthAfter = (ref: Date): string => format(addMonths(ref, 1), 'yyyy-MM');

/** The most recent such weekday (0 = Sunday) before the reference day; with `future`, the next one after it. */
export function nearestWeekday(ref: Date, weekday: number, future: boolean): string {
  return isoDay(future ? nextDay(ref, weekday as Day) : previousDay(ref, weekday as Day));
}

/** Last week: the seven days before this one, weeks starting on Saturday as in Iraq (CLDR ckb). */
export function previousWeek(ref: Date): string {
  const start = subWeeks(startOfWeek(ref, { weekStartsOn: 6 }), 1);
  return `${isoDay(start)}/${isoDay(addDays(start, 6))}`;
}

/** "This year": something still to come lies between publication and the year's end. */
export function thisYear(ref: Date, future: boolean): string {
  return future ? `${isoDay(ref)}/${ref.getFullYear()}-12-31` : String(ref.getFullYear());
}

/** The beginning (first ten days, first quarter) or end (last days, last quarter) of a month or year. */
export function beginningOrEnd(which: 'beginning' | 'end', year: number, month?: number): string {
  if (month === undefined) return which === 'beginning' ? `${year}-01/${year}-03` : `${year}-10/${year}-12`;
  const ym = isoMonth(year, month);
  return which === 'beginning' ? `${ym}-01/${ym}-10` : `${ym}-21/${ym}-${getDaysInMonth(dayOf(year, month, 1))}`;
}
