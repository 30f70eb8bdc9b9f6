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

/**
 * Guesses the EDTF string that a date written another way stands for: `June 2019` → `2019-06`,
 * `٢٠ی ئابی ٢٠٢٠` → `2020-08-20`, `20 August 2020`, `August 20, 2020`, `2019/6` → `2019-06`,
 * `٢٠١٩-٠٦` → `2019-06`. Returns undefined when it does not recognise the input. The caller checks
 * that the guess is a valid date.
 */
export function suggestEdtf(input: string): string | undefined {
  const text = foldArabicScript(input).replace(PREPOSITION, '');
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return `${m[3]}-${pad(monthNumberOf(m[2]!)!)}-${pad(m[1]!)}`;
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return `${m[3]}-${pad(monthNumberOf(m[1]!)!)}-${pad(m[2]!)}`;
  m = MONTH_YEAR.exec(text);
  if (m) return `${m[2]}-${pad(monthNumberOf(m[1]!)!)}`;
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (m) return `${m[1]}-${pad(m[2]!)}`;
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return `${m[2]}-${pad(m[1]!)}`;
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
  // Only the digits were off (Arabic-Indic, or a lower-case x for unspecified digits).
  const latin = text.replace(/x/g, 'X').replace(/t/, 'T').replace(/z$/, 'Z');
  return latin !== input.trim() ? latin : undefined;
}
