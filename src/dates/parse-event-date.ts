import { civilToMs, daysInMonth } from './civil-time.js';
import { EventDateError } from './event-date-error.js';
import type { DatePrecision, EventDate, EventDateOpenEnd, EventDatePoint } from './event-date.js';
import { problemDetails, problemText } from './problem-details.js';

/**
 * Parses an event date written in the Extended Date/Time Format (ISO 8601-2), levels 0 and 1:
 *
 * - `2019`, `2019-06`, `2020-08-18`, `2020-08-18T14:30:00Z`, `2020-08-18T14:30:00+03:00`
 * - qualifiers on a date: `2019?` (uncertain), `2019-06~` (approximate), `2020-08-18%` (both)
 * - unspecified digits: `201X`, `20XX`, `2020-XX`, `2020-08-XX`, `2020-XX-XX`
 * - seasons: `2020-21` … `2020-24` (spring, summer, autumn, winter; meteorological, northern
 *   hemisphere: spring is March to May, winter runs from December into the next year's February)
 * - negative and long years: `-0500` (astronomical: 501 BCE), `Y170000002`, `Y-170000002`
 * - intervals: `2020-08-18/2020-08-20`, open `2020-08-20/..` or `../2020`, unknown `2020/` or `/2020`
 *
 * A time without an offset is read as UTC. Anything else throws an {@link EventDateError} that names
 * the input and, when it recognises what was meant (`June 2019`, `٢٠ی ئابی ٢٠٢٠`), suggests the EDTF form.
 */
export function parseEventDate(input: string): EventDate {
  if (typeof input !== 'string') {
    throw new EventDateError(String(input), problemText('date-not-string', input));
  }
  const text = input.trim();
  if (text === '') throw new EventDateError(input, problemText('date-empty'));
  const slash = text.indexOf('/');
  if (slash === -1) {
    if (text === '..') throw fail(input, problemText('open-alone'));
    // Add the input to the fresh point rather than copying it: this runs once per event.
    return Object.assign(parsePoint(text, input), { input });
  }
  if (text.indexOf('/', slash + 1) !== -1) throw fail(input, problemText('interval-slashes'));
  const start = parseIntervalEnd(text.slice(0, slash), input);
  const end = parseIntervalEnd(text.slice(slash + 1), input);
  if (start.type !== 'point' && end.type !== 'point') {
    throw fail(input, problemText('interval-no-date'));
  }
  if (start.type === 'point' && end.type === 'point' && end.latest < start.earliest) {
    throw new EventDateError(input, problemText('interval-reversed', text.slice(0, slash), text.slice(slash + 1)));
  }
  return {
    type: 'interval',
    input,
    start,
    end,
    earliest: start.type === 'point' ? start.earliest : -Infinity,
    latest: end.type === 'point' ? end.latest : Infinity,
  };
}

/** Like {@link parseEventDate}, but returns the error instead of throwing it. */
export function tryParseEventDate(input: string): { date: EventDate } | { error: EventDateError } {
  try {
    return { date: parseEventDate(input) };
  } catch (error) {
    if (error instanceof EventDateError) return { error };
    throw error;
  }
}

function parseIntervalEnd(text: string, input: string): EventDatePoint | EventDateOpenEnd {
  if (text === '..') return { type: 'open' };
  if (text === '') return { type: 'unknown' };
  return parsePoint(text, input);
}

const POINT =
  /^(?:Y(-?)([0-9]{5,15})|(-?)([0-9]{2}[0-9X]{2}))(?:-([0-9X]{2})(?:-([0-9X]{2})(?:T([0-9]{2}):([0-9]{2}):([0-9]{2})(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?)?)?([?~%])?$/;

// Shared by every date written without X digits: most dates, and one object fewer each.
const ALL_SPECIFIED = Object.freeze({ year: 0, month: false, day: false });

function parsePoint(text: string, input: string): EventDatePoint {
  const m = POINT.exec(text);
  if (!m) throw fail(input);
  const [, longSign, longDigits, sign, yearDigits, monthText, dayText, hourText, minuteText, secondText, offsetText, qualifier] = m;
  const { year, yearUnspecified } = parseYear(input, longDigits !== undefined ? { long: longDigits, negative: !!longSign } : { digits: yearDigits!, negative: !!sign, alone: monthText === undefined });
  const point = {
    type: 'point',
    uncertain: qualifier === '?' || qualifier === '%',
    approximate: qualifier === '~' || qualifier === '%',
    year,
  } as const;

  if (monthText === undefined) {
    return { ...point, precision: 'year', unspecified: { year: yearUnspecified, month: false, day: false }, earliest: civilToMs(year, 1, 1), latest: civilToMs(year + 10 ** yearUnspecified, 1, 1) - 1 };
  }
  if (monthText === 'XX') {
    if (dayText !== undefined && dayText !== 'XX') throw fail(input, problemText('day-without-month'));
    const precision = dayText === undefined ? 'month' : 'day';
    return { ...point, precision, unspecified: { year: 0, month: true, day: dayText !== undefined }, earliest: civilToMs(year, 1, 1), latest: civilToMs(year + 1, 1, 1) - 1 };
  }
  if (monthText.includes('X')) throw fail(input, problemText('month-digits', monthText));
  const month = Number(monthText);
  if (month >= 21 && month <= 24) return seasonPoint(point, month, dayText, input);
  if (month < 1 || month > 12) throw fail(input, problemText('month-range', monthText));

  const wholeMonth = { earliest: civilToMs(year, month, 1), latest: civilToMs(year, month, daysInMonth(year, month)) + 86_399_999 };
  if (dayText === undefined) return { ...point, month, precision: 'month', unspecified: ALL_SPECIFIED, ...wholeMonth };
  if (dayText === 'XX') return { ...point, month, precision: 'day', unspecified: { year: 0, month: false, day: true }, ...wholeMonth };
  if (dayText.includes('X')) throw fail(input, problemText('day-digits', dayText));
  const day = Number(dayText);
  const monthLength = daysInMonth(year, month);
  if (day < 1 || day > monthLength) throw fail(input, problemText('day-range', dayText, year, monthText, monthLength));
  const dayStart = civilToMs(year, month, day);
  if (hourText === undefined) {
    return { ...point, month, day, precision: 'day', unspecified: ALL_SPECIFIED, earliest: dayStart, latest: dayStart + 86_399_999 };
  }

  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText);
  if (hour > 23 || minute > 59 || second > 59) throw fail(input, problemText('time-range', `${hourText}:${minuteText}:${secondText}`));
  const offsetMinutes = offsetText === undefined ? undefined : parseOffset(offsetText, input);
  const instant = dayStart + ((hour * 60 + minute - (offsetMinutes ?? 0)) * 60 + second) * 1000;
  return {
    ...point,
    month,
    day,
    hour,
    minute,
    second,
    ...(offsetMinutes === undefined ? {} : { offsetMinutes }),
    precision: 'second' satisfies DatePrecision,
    unspecified: ALL_SPECIFIED,
    earliest: instant,
    latest: instant + 999,
  };
}

/** The year of a point: long (`Y170000002`) or four characters, the last one or two of which may be X. */
function parseYear(input: string, written: { long: string; negative: boolean } | { digits: string; negative: boolean; alone: boolean }): { year: number; yearUnspecified: number } {
  if ('long' in written) return { year: Number(written.long) * (written.negative ? -1 : 1), yearUnspecified: 0 };
  const { digits, negative } = written;
  const xs = digits.replace(/[0-9]/g, '').length;
  if (xs > 0 && !/^[0-9]{2,3}X{1,2}$/.test(digits)) throw fail(input, problemText('year-x-digits'));
  if (xs > 0 && (negative || !written.alone)) throw fail(input, problemText('year-x-alone'));
  if (negative && digits === '0000') throw fail(input, problemText('year-zero-sign'));
  return { year: Number(digits.replace(/X/g, '0')) * (negative ? -1 : 1), yearUnspecified: xs };
}

/** A season (`2020-21` … `2020-24`): meteorological, northern hemisphere; winter runs into the next year. */
function seasonPoint(point: { type: 'point'; uncertain: boolean; approximate: boolean; year: number }, season: number, dayText: string | undefined, input: string): EventDatePoint {
  if (dayText !== undefined) throw fail(input, problemText('season-day', season));
  const { year } = point;
  const startMonth = (season - 21) * 3 + 3;
  const earliest = civilToMs(year, startMonth, 1);
  const latest = (season === 24 ? civilToMs(year + 1, 3, 1) : civilToMs(year, startMonth + 3, 1)) - 1;
  return { ...point, season, precision: 'season', unspecified: ALL_SPECIFIED, earliest, latest };
}

function parseOffset(text: string, input: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 14 || minutes > 59) throw fail(input, problemText('offset-range', text));
  return sign * (hours * 60 + minutes);
}

let checkingSuggestion = false;

function fail(input: string, reason = problemText('date-not-edtf')): EventDateError {
  if (checkingSuggestion) return new EventDateError(input, reason);
  const [suggestion, alternative] = problemDetails.suggest(input).filter((candidate) => candidate !== input.trim() && isValid(candidate));
  return new EventDateError(input, reason, suggestion, alternative);
}

function isValid(text: string): boolean {
  checkingSuggestion = true;
  try {
    parseEventDate(text);
    return true;
  } catch {
    return false;
  } finally {
    checkingSuggestion = false;
  }
}
