/**
 * What the date parser says about a date it rejects, in English, by problem id: the text of
 * {@link EventDateError}'s `reason` and `message`. The parser names problems by id only, so that
 * the element's bundle carries these sentences only for data that has a problem (see
 * `problem-details.ts`). No Lit, no DOM.
 */
const EXPECTED = 'expected an EDTF date such as 2019, 2019-06, 2020-08-18, 2020-08-18T14:30:00Z or 2020-08-18/2020-08-20';
const SEASON_NAMES: Record<number, string> = { 21: 'spring', 22: 'summer', 23: 'autumn', 24: 'winter' };

// A message quotes at most this much of the input: a 1 MB value makes a one-line message.
const QUOTED = 80;
const quote = (input: string): string => JSON.stringify(input.length > QUOTED ? `${input.slice(0, QUOTED - 1)}…` : input);

export const dateProblemMessages = {
  'date-not-string': (value: unknown) => `expected a string, got ${value === null ? 'null' : typeof value}`,
  'date-empty': () => 'the date is empty',
  'date-not-edtf': () => EXPECTED,
  'open-alone': () => '".." (open) is only allowed as one end of an interval',
  'interval-slashes': () => 'an interval has exactly one "/"',
  'interval-no-date': () => 'at least one end of an interval must be a date',
  'interval-reversed': (start: string, end: string) => `the interval ends (${end}) before it starts (${start})`,
  'day-without-month': () => 'a day cannot be given when the month is unspecified',
  'month-digits': (month: string) => `month "${month}" may be two digits or XX`,
  'month-range': (month: string) => `month ${month} is out of range (01–12, or 21–24 for seasons)`,
  'day-digits': (day: string) => `day "${day}" may be two digits or XX`,
  'day-range': (day: string, year: number, month: string, monthLength: number) => `day ${day} is out of range: ${year}-${month} has ${monthLength} days`,
  'time-range': (time: string) => `time ${time} is out of range`,
  'year-x-digits': () => 'only the last one or two digits of a year may be X',
  'year-x-alone': () => 'a year with X digits stands alone (EDTF level 1)',
  'year-zero-sign': () => 'year zero is written 0000, without a sign',
  'season-day': (season: number) => `a season (${SEASON_NAMES[season]}) has no day`,
  'offset-range': (offset: string) => `offset ${offset} is out of range`,
  /** The error's whole message: the input, then the reason or what it probably meant. */
  'not-a-date': (input: string, reason: string, suggestion?: string, alternative?: string) =>
    `${quote(input)} is not an EDTF date${
      !suggestion
        ? `: ${reason}`
        : !alternative
          ? `; did you mean ${JSON.stringify(suggestion)}?`
          : `; did you mean ${JSON.stringify(suggestion)} (day/month) or ${JSON.stringify(alternative)} (month/day)?`
    }`,
};

export type DateProblemMessages = typeof dateProblemMessages;
