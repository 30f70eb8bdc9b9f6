import type { EventDateLocale, EventDatePhrases, EventGapUnit } from '../../event-date-locale.js';

type Part = Intl.DateTimeFormatPart & { source?: 'startRange' | 'endRange' | 'shared' };
type Placeholders = Partial<Record<string, string>>;

const cache = new Map<string, EventDateLocale | undefined>();
const utc = (year: number, month = 1, day = 15) => Date.UTC(year, month - 1, day);

/**
 * Event-date wording for any language the platform's `Intl` knows, for a reader whose language is
 * neither built in nor registered: names, word order and ranges from `Intl.DateTimeFormat` (the
 * Gregorian calendar, whatever the language's default, since EDTF dates are Gregorian), gaps from
 * `Intl.RelativeTimeFormat`, digits from the language's default numbering system. Precision is
 * kept: a month is a month, a range one range. `Intl` has no words for seasons, open ends or
 * qualifiers: a season is its three months, an open end `…`, an unknown one `?`, an estimate `~`.
 * Undefined when `Intl` does not know the language (it would answer in another).
 */
export function intlEventDates(tag: string): EventDateLocale | undefined {
  if (!cache.has(tag)) cache.set(tag, build(tag));
  return cache.get(tag);
}

type Format = (options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat;

function build(tag: string): EventDateLocale | undefined {
  let locale: string;
  try {
    locale = new Intl.Locale(tag, { calendar: 'gregory', numberingSystem: 'latn' }).toString();
  } catch {
    return undefined;
  }
  const format: Format = (options) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
  const resolved = format({ year: 'numeric' }).resolvedOptions().locale;
  if (resolved.split('-')[0] !== tag.toLowerCase().split('-')[0]) return undefined;
  const { months, dayMonths, weekdays } = namesOf(format);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const units: Record<EventGapUnit, Intl.RelativeTimeFormatUnit> = { days: 'day', months: 'month', years: 'year' };
  return {
    code: tag,
    months,
    weekdays,
    numerals: new Intl.NumberFormat(tag).resolvedOptions().numberingSystem,
    seasons: ['21', '22', '23', '24'],
    phrases: {
      ...phrasesOf(format, months, dayMonths),
      later: (count, unit) => relative.format(count, units[unit]),
    },
  };
}

/** Month names standalone (with a year) and in a full date, which some languages inflect (Russian «августа»); weekdays from Sunday. */
function namesOf(format: Format) {
  const monthYear = format({ year: 'numeric', month: 'long' });
  const dayFormat = format({ year: 'numeric', month: 'long', day: 'numeric' });
  const monthOf = (formatter: Intl.DateTimeFormat, month: number) => formatter.formatToParts(utc(2020, month)).find((p) => p.type === 'month')!.value;
  const weekdayFormat = format({ weekday: 'long' });
  return {
    months: Array.from({ length: 12 }, (_, i) => monthOf(monthYear, i + 1)),
    dayMonths: Array.from({ length: 12 }, (_, i) => monthOf(dayFormat, i + 1)),
    weekdays: Array.from({ length: 7 }, (_, i) => weekdayFormat.format(utc(2020, 8, 16 + i))),
  };
}

function phrasesOf(format: Format, months: readonly string[], dayMonths: readonly string[]): Omit<EventDatePhrases, 'later'> {
  const ymd: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
  const monthYear = format({ year: 'numeric', month: 'long' });
  const dayFormat = format(ymd);
  const dayText = dayFormat.format(utc(2020, 8, 20));
  const inDate = (month: string) => dayMonths[months.indexOf(month)] ?? month;
  const patterns = {
    month: pattern(monthYear.formatToParts(utc(2020, 8)), { month: 'm', year: 'y' }),
    day: pattern(dayFormat.formatToParts(utc(2020, 8, 20)), { day: 'd', month: 'm', year: 'y' }),
    dayOfMonth: pattern(format({ month: 'long', day: 'numeric' }).formatToParts(utc(2020, 8, 20)), { day: 'd', month: 'm' }),
    weekday: aroundDate(format({ weekday: 'long', ...ymd }).formatToParts(utc(2020, 8, 20)), dayText, ['weekday']),
    time: aroundDate(format({ ...ymd, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(utc(2020, 8, 20)), dayText, ['hour', 'minute']),
    bce: pattern(format({ year: 'numeric', era: 'short' }).formatToParts(utc(-500)), { year: 'y' }),
    dayRange: rangePattern(dayFormat, utc(2020, 8, 18), utc(2020, 8, 20), { 'day.startRange': 'a', 'day.endRange': 'b', month: 'm', year: 'y' }),
    monthRange: rangePattern(monthYear, utc(2020, 6), utc(2020, 8), { 'month.startRange': 'a', 'month.endRange': 'b', year: 'y' }),
  };
  const month = (name: string, year: string) => fill(patterns.month, { m: name, y: year });
  const separator = rangeSeparator(dayFormat, utc(2020, 8, 20), utc(2020, 12, 31));
  const range = (start: string, end: string) => `${start}${separator}${end}`;
  const monthRange = (first: string, last: string, year: string) =>
    patterns.monthRange ? fill(patterns.monthRange, { a: first, b: last, y: year }) : range(month(first, year), month(last, year));
  return {
    bce: (year) => fill(patterns.bce, { y: year }),
    month,
    day: (day, name, year) => fill(patterns.day, { d: day, m: inDate(name), y: year }),
    dayOfMonth: (day, name) => fill(patterns.dayOfMonth, { d: day, m: inDate(name) }),
    weekday: (weekday, date) => fill(patterns.weekday, { s: weekday, span: date }),
    // A season is its three months; winter runs from December into the next year's February.
    season: (season, year) => {
      const first = (Number(season) - 21) * 3 + 3;
      if (first < 12) return monthRange(months[first - 1]!, months[first + 1]!, year);
      return range(month(months[11]!, year), month(months[1]!, /^\d+$/.test(year) ? String(Number(year) + 1) : year));
    },
    dayRange: (first, last, name, year) =>
      patterns.dayRange ? fill(patterns.dayRange, { a: first, b: last, m: inDate(name), y: year }) : fill(patterns.day, { d: `${first}–${last}`, m: inDate(name), y: year }),
    monthRange,
    range,
    from: (start) => `${start} – …`,
    until: (end) => `… – ${end}`,
    endUnknown: (start) => `${start} – ?`,
    startUnknown: (end) => `? – ${end}`,
    approximate: (date) => `~${date}`,
    uncertain: (date) => `${date}?`,
    uncertainApproximate: (date) => `~${date}?`,
    time: (date, time) => fill(patterns.time, { s: time, span: date }),
  };
}

/** Parts as a pattern: the parts named in `names` become `{name}`, the rest stays as written. */
function pattern(parts: readonly Part[], names: Placeholders): string {
  return parts.map((part) => {
    const name = names[`${part.type}.${part.source}`] ?? names[part.type];
    return name === undefined ? part.value : `{${name}}`;
  }).join('');
}

/**
 * A pattern for the date with something beside it (the weekday, the time): `{span}` where the
 * combined text holds the date as `dateText` writes it, `{s}` for the parts of `single` types (from
 * the first to the last), the language's own words between. A comma when the date is not found whole.
 */
function aroundDate(parts: readonly Part[], dateText: string, single: readonly string[]): string {
  const text = parts.map((part) => part.value).join('');
  const at = text.indexOf(dateText);
  const offsets: number[] = [];
  parts.reduce((offset, part) => (offsets.push(offset), offset + part.value.length), 0);
  const chosen = parts.map((part, i) => (single.includes(part.type) ? i : -1)).filter((i) => i !== -1);
  if (at === -1 || chosen.length === 0) return '{s}, {span}';
  const from = offsets[chosen[0]!]!;
  const to = offsets[chosen.at(-1)!]! + parts[chosen.at(-1)!]!.value.length;
  if (from < at + dateText.length && to > at) return '{s}, {span}';
  const cut = [
    [at, at + dateText.length, '{span}'],
    [from, to, '{s}'],
  ].sort((x, y) => (x[0] as number) - (y[0] as number)) as [number, number, string][];
  return text.slice(0, cut[0][0]) + cut[0][2] + text.slice(cut[0][1], cut[1][0]) + cut[1][2] + text.slice(cut[1][1]);
}

/** What the language writes between the two ends of a range (` – `, Persian ` تا `, Japanese `～`). */
function rangeSeparator(formatter: Intl.DateTimeFormat, start: number, end: number): string {
  if (typeof formatter.formatRangeToParts !== 'function') return ' – ';
  const parts = formatter.formatRangeToParts(start, end) as Part[];
  const lastOfStart = parts.map((p) => p.source).lastIndexOf('startRange');
  const firstOfEnd = parts.findIndex((p) => p.source === 'endRange');
  const between = parts.slice(lastOfStart + 1, firstOfEnd).filter((p) => p.type === 'literal');
  // Only a separator the two ends share: not a literal that belongs to one date (German «20. August»).
  const text = between.map((p) => p.value).join('').replace(/\s+/g, ' ');
  return lastOfStart !== -1 && firstOfEnd > lastOfStart && /[^\s.,]/.test(text) ? text : ' – ';
}

/** A range pattern, when `Intl` shares the parts the placeholders expect (one month, one year). */
function rangePattern(formatter: Intl.DateTimeFormat, start: number, end: number, names: Placeholders): string | undefined {
  if (typeof formatter.formatRangeToParts !== 'function') return undefined;
  const text = pattern(formatter.formatRangeToParts(start, end) as Part[], names);
  const wanted = new Set(Object.values(names).map((name) => `{${name}}`));
  const found = text.match(/\{[a-z]\}/g) ?? [];
  return found.length === wanted.size && found.every((p) => wanted.has(p)) ? text : undefined;
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
