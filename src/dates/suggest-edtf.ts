import { foldArabicScript } from '../languages/arabic-script.js';
import { languages } from '../languages/index.js';
import { MONTH_NAME_PATTERN, monthNumberOf } from './month-names.js';

const pad = (value: number | string, length = 2): string => String(value).padStart(length, '0');

// Kurdish attaches the izafe ی to a day or month (٢٠ی ئابی ٢٠٢٠), sometimes after a space or tatweel.
const IZAFE = '(?:\\s?ی)?';
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})${IZAFE}\\s(${MONTH_NAME_PATTERN})${IZAFE},?\\s(\\d{4})$`);
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_NAME_PATTERN})\\s(\\d{1,2}),?\\s(\\d{4})$`);
// «in June 2019», «لە حوزەیرانی ٢٠١٩»: a leading preposition says nothing about the date.
const PREPOSITION = new RegExp(`^(?:${languages.flatMap((l) => l.datePrepositions).join('|')})\\s`);
const MONTH_YEAR = new RegExp(`^(${MONTH_NAME_PATTERN})${IZAFE},?\\s(\\d{4})$`);

// Direction controls an editor copies from right-to-left text along with the date.
const BIDI_CONTROLS = /[\u061c\u202a-\u202e\u2066-\u2069]/g;
// The separators editors put between numbers: 18/08/2020, 18.08.2020, 18-08-2020, ١٨ / ٨ / ٢٠٢٠.
const SEP = '\\s?[-/.]\\s?';
const YEAR_MONTH_DAY = new RegExp(`^(\\d{4})${SEP}(\\d{1,2})${SEP}(\\d{1,2})$`);
const DAY_MONTH_YEAR_DIGITS = new RegExp(`^(\\d{1,2})${SEP}(\\d{1,2})${SEP}(\\d{4})$`);
// A time after a day, as Date.prototype.toISOString and spreadsheets write it: fractions of a
// second (which EDTF has not) are dropped. Unanchored at the start, so no input makes it backtrack.
const TIME = /[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)? ?(z|[+-]\d{2}(?::?\d{2})?)?$/;
// Dates are short: anything much longer is not one, and is not worth a guess.
const LONGEST = 64;

/**
 * Guesses the EDTF string that a date written another way stands for: `June 2019` → `2019-06`,
 * `٢٠ی ئابی ٢٠٢٠` → `2020-08-20`, `20 August 2020`, `August 20, 2020`, `2019/6` → `2019-06`,
 * `٢٠١٩-٠٦` → `2019-06`, `18/08/2020` → `2020-08-18`, `2020-08-18 14:30` → `2020-08-18T14:30:00`.
 * Returns undefined when it does not recognise the input. The caller checks that the guess is a
 * valid date.
 */
export function suggestEdtf(input: string): string | undefined {
  return edtfCandidates(input)[0];
}

/**
 * The EDTF strings a date written another way may stand for, likeliest first: none, one, or two
 * when day and month could be either way round (`08/06/2020`: `2020-06-08` day first, as most of
 * the world and Kurdish and Arabic news write it, then `2020-08-06` month first).
 */
export function edtfCandidates(input: string): string[] {
  const text = foldArabicScript(input).replace(BIDI_CONTROLS, '').trim().replace(PREPOSITION, '');
  if (text.length > LONGEST) return [];
  const time = TIME.exec(text);
  if (time) {
    const [, hour, minute, second, offset] = time;
    const clock = `T${pad(hour!)}:${minute}:${second ?? '00'}${offset === 'z' ? 'Z' : (offset ?? '')}`;
    return dateCandidates(text.slice(0, time.index).trim())
      .filter((date) => date.length === 10)
      .map((date) => date + clock);
  }
  const dates = dateCandidates(text);
  if (dates.length > 0) return dates;
  // Only the digits were off (Arabic-Indic, or a lower-case x for unspecified digits).
  const latin = text.replace(/x/g, 'X').replace(/t/, 'T').replace(/z$/, 'Z');
  return latin !== input.trim() ? [latin] : [];
}

function dateCandidates(text: string): string[] {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return [`${m[3]}-${pad(monthNumberOf(m[2]!)!)}-${pad(m[1]!)}`];
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return [`${m[3]}-${pad(monthNumberOf(m[1]!)!)}-${pad(m[2]!)}`];
  m = MONTH_YEAR.exec(text);
  if (m) return [`${m[2]}-${pad(monthNumberOf(m[1]!)!)}`];
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (m) return [`${m[1]}-${pad(m[2]!)}`];
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return [`${m[2]}-${pad(m[1]!)}`];
  m = YEAR_MONTH_DAY.exec(text);
  if (m) return [`${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`];
  m = DAY_MONTH_YEAR_DIGITS.exec(text);
  if (m) {
    const [first, second, year] = [Number(m[1]), Number(m[2]), m[3]!];
    const dayFirst = `${year}-${pad(second)}-${pad(first)}`;
    const monthFirst = `${year}-${pad(first)}-${pad(second)}`;
    if (first > 12) return [dayFirst];
    if (second > 12) return [monthFirst];
    return first === second ? [dayFirst] : [dayFirst, monthFirst];
  }
  return [];
}
