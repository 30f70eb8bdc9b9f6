import type { Locale } from 'date-fns';
import { formatDistance } from './_lib/formatDistance.js';
import { formatLong } from './_lib/formatLong.js';
import { formatRelative } from './_lib/formatRelative.js';
import { localize } from './_lib/localize.js';
import { match } from './_lib/match.js';

/**
 * Central Kurdish (Sorani, `ckb`) locale for date-fns, written as Kurdish news text writes dates:
 * day and month with the izafe («٢٠ی ئابی ٢٠٢٠»), CLDR's month and weekday names, weekdays as one
 * word («سێشەممە»). date-fns's `format` emits Latin digits; pass its result through
 * `toNumerals(text, 'arab')` for Eastern Arabic digits.
 *
 * @language Central Kurdish
 * @iso-639-3 ckb
 */
export const ckb: Locale = {
  code: 'ckb',
  formatDistance,
  formatLong,
  formatRelative,
  localize,
  match,
  options: {
    weekStartsOn: 6 /* Saturday, as in Iraq and CLDR's ckb */,
    firstWeekContainsDate: 1,
  },
};

