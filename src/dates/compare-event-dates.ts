import { endPoint, startPoint, type DatePrecision, type EventDate } from './event-date.js';

/**
 * The instant a date is ordered by: its earliest instant; for an interval whose start is open or
 * unknown (`../2020`, `/2020`), the earliest instant of its end, so that it stands where it is known.
 */
export function sortInstant(date: EventDate): number {
  if (date.type === 'interval' && date.start.type !== 'point' && date.end.type === 'point') {
    return date.end.earliest;
  }
  return date.earliest;
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, season: 1, month: 2, day: 3, second: 4 };

/**
 * How fine a date is where it starts: the precision of its start point (of its end, when the start
 * is open or unknown), counting unspecified digits as not given (`2020-XX` is a year).
 */
export function startPrecision(date: EventDate): DatePrecision {
  const point = startPoint(date) ?? endPoint(date)!;
  if (point.unspecified.year || point.unspecified.month) return 'year';
  if (point.unspecified.day) return 'month';
  return point.precision;
}

/**
 * Compares two event dates chronologically, for `Array.prototype.sort`:
 *
 * 1. by the instant they start at ({@link sortInstant});
 * 2. on equal starts, the coarser start first: `2020` before `2020-06` before `2020-06-01`
 *    ({@link startPrecision}; an interval counts by its start);
 * 3. otherwise equal (0): a stable sort keeps the data's order, which is the editor's to choose.
 *
 * It is a total preorder (reflexive, transitive, every pair comparable), so sorting is deterministic.
 */
export function compareEventDates(a: EventDate, b: EventDate): number {
  const byStart = sortInstant(a) - sortInstant(b);
  if (byStart !== 0) return Math.sign(byStart);
  return PRECISION_RANK[startPrecision(a)] - PRECISION_RANK[startPrecision(b)];
}

/**
 * Sorts items by their date with {@link compareEventDates}, ties kept in their given order.
 * Returns a new array; the input is not changed. Each date's sort keys are computed once, not
 * once per comparison.
 */
export function sortByEventDate<T>(items: readonly T[], dateOf: (item: T) => EventDate): T[] {
  return items
    .map((item, index) => {
      const date = dateOf(item);
      return { item, index, instant: sortInstant(date), rank: PRECISION_RANK[startPrecision(date)] };
    })
    .sort((a, b) => a.instant - b.instant || a.rank - b.rank || a.index - b.index)
    .map(({ item }) => item);
}
