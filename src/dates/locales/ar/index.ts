import type { Locale } from 'date-fns';
import { formatDistance } from './_lib/formatDistance.js';
import { formatLong } from './_lib/formatLong.js';
import { formatRelative } from './_lib/formatRelative.js';
import { localize } from './_lib/localize.js';
import { match } from './_lib/match.js';

/**
 * Arabic locale for date-fns as Iraqi news writes dates: Levantine month names («حزيران ٢٠١٩»,
 * «٢٠ آب ٢٠٢٠»), Arabic plural rules in distances. date-fns's own `ar` uses Egyptian month
 * names (يونيو), which Iraqi readers do not use. Pass `format`'s output through
 * `toNumerals(text, 'arab')` for Arabic-Indic digits.
 *
 * @language Arabic (Iraq)
 * @iso-639-2 ara
 */
export const ar: Locale = {
  code: 'ar',
  formatDistance,
  formatLong,
  formatRelative,
  localize,
  match,
  options: { weekStartsOn: 6 /* Saturday */, firstWeekContainsDate: 1 },
};

