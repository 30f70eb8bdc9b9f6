/**
 * Calendar arithmetic on the proleptic Gregorian calendar without `Date`, so that years outside
 * `Date`'s ±275,760 still order correctly (TimelineJS imports carry geological years).
 * Exact to the millisecond for |year| below about 285,000; beyond that still monotonic.
 */

export const MS_PER_DAY = 86_400_000;

/** Days from 1970-01-01 to the given civil date (Howard Hinnant's `days_from_civil`). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Milliseconds since the epoch of the start of a civil day (UTC). */
export const civilToMs = (year: number, month: number, day: number): number =>
  daysFromCivil(year, month, day) * MS_PER_DAY;

/** Day of the week, 0 = Sunday, for a civil date. */
export function dayOfWeek(year: number, month: number, day: number): number {
  const days = daysFromCivil(year, month, day);
  return (((days + 4) % 7) + 7) % 7;
}
