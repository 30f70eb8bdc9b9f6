import type { Day, Era, LocaleDayPeriod, Localize, Month, Quarter } from 'date-fns';
import { buildLocalizeFn } from '../../_lib/build-locale-fns.js';
import { monthNames, weekdayNames } from '../names.js';

const eraValues = {
  narrow: ['پ.ز', 'ز'],
  abbreviated: ['پ.ز', 'ز'],
  wide: ['پێش زایین', 'زایینی'],
};

const quarterValues = {
  narrow: ['١', '٢', '٣', '٤'],
  abbreviated: ['چ١', 'چ٢', 'چ٣', 'چ٤'],
  wide: ['چارەکی یەکەم', 'چارەکی دووەم', 'چارەکی سێیەم', 'چارەکی چوارەم'],
};

const monthValues = {
  narrow: ['ک', 'ش', 'ئ', 'ن', 'ئ', 'ح', 'ت', 'ئ', 'ئ', 'ت', 'ت', 'ک'],
  abbreviated: monthNames,
  wide: monthNames,
};

// The izafe form a month takes before a year («حوزەیرانی ٢٠١٩»).
const formattingMonthValues = {
  narrow: monthValues.narrow,
  abbreviated: monthNames.map((name) => `${name}ی`),
  wide: monthNames.map((name) => `${name}ی`),
};

const dayValues = {
  narrow: ['ی', 'د', 'س', 'چ', 'پ', 'ھ', 'ش'],
  short: weekdayNames,
  abbreviated: weekdayNames,
  wide: weekdayNames,
};

const dayPeriodValues = {
  narrow: ['ب.ن', 'د.ن', 'نیوەشەو', 'نیوەڕۆ', 'بەیانی', 'دوای نیوەڕۆ', 'ئێوارە', 'شەو'],
  abbreviated: ['ب.ن', 'د.ن', 'نیوەشەو', 'نیوەڕۆ', 'بەیانی', 'دوای نیوەڕۆ', 'ئێوارە', 'شەو'],
  wide: ['بەیانی', 'دوای نیوەڕۆ', 'نیوەشەو', 'نیوەڕۆ', 'بەیانی', 'دوای نیوەڕۆ', 'ئێوارە', 'شەو'],
};
const dayPeriodKeys: readonly LocaleDayPeriod[] = ['am', 'pm', 'midnight', 'noon', 'morning', 'afternoon', 'evening', 'night'];

// A day of the month takes the izafe («٢٠ی ئاب», `do`); other ordinals add «ەم» (١ەم, ٢ەم).
// date-fns hands us Latin digits.
const ordinalNumber: Localize['ordinalNumber'] = (value, options) =>
  options?.unit === 'date' ? `${Number(value)}ی` : `${Number(value)}ەم`;

export const localize: Localize = {
  ordinalNumber,
  era: buildLocalizeFn<Era>({ values: eraValues, defaultWidth: 'wide' }),
  quarter: buildLocalizeFn<Quarter>({
    values: quarterValues,
    defaultWidth: 'wide',
    argumentCallback: (quarter) => quarter - 1,
  }),
  month: buildLocalizeFn<Month>({
    values: monthValues,
    defaultWidth: 'wide',
    formattingValues: formattingMonthValues,
    defaultFormattingWidth: 'wide',
  }),
  day: buildLocalizeFn<Day>({ values: dayValues, defaultWidth: 'wide' }),
  dayPeriod: ((period: LocaleDayPeriod, options?: { width?: 'narrow' | 'abbreviated' | 'wide' }) =>
    dayPeriodValues[options?.width ?? 'wide'][dayPeriodKeys.indexOf(period)]!) as Localize['dayPeriod'],
};
