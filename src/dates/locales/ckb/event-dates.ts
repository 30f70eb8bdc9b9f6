import type { EventDateLocale } from '../../event-date-locale.js';
import { monthNames, weekdayNames } from './names.js';

const units = { days: 'ڕۆژ', months: 'مانگ', years: 'ساڵ' } as const;

/**
 * Central Kurdish event dates as the article writes them: the izafe «ی» joins day, month and year
 * («٢٠ی ئابی ٢٠٢٠», «حوزەیرانی ٢٠١٩»), Eastern Arabic digits.
 */
export const ckbEventDates: EventDateLocale = {
  code: 'ckb',
  months: monthNames,
  weekdays: weekdayNames,
  numerals: 'arab',
  seasons: ['بەهار', 'هاوین', 'پاییز', 'زستان'],
  phrases: {
    bce: (year) => `${year}ی پێش زایین`,
    month: (month, year) => `${month}ی ${year}`,
    day: (day, month, year) => `${day}ی ${month}ی ${year}`,
    dayOfMonth: (day, month) => `${day}ی ${month}`,
    weekday: (weekday, date) => `${weekday}، ${date}`,
    season: (season, year) => `${season}ی ${year}`,
    dayRange: (first, last, month, year) => `${first}–${last}ی ${month}ی ${year}`,
    monthRange: (first, last, year) => `${first} – ${last}ی ${year}`,
    range: (start, end) => `${start} – ${end}`,
    from: (start) => `لە ${start} بەدواوە`,
    until: (end) => `تا ${end}`,
    endUnknown: (start) => `لە ${start} بەدواوە (کۆتاییەکەی نەزانراوە)`,
    startUnknown: (end) => `تا ${end} (سەرەتاکەی نەزانراوە)`,
    approximate: (date) => `نزیکەی ${date}`,
    uncertain: (date) => `${date} (دڵنیا نییە)`,
    uncertainApproximate: (date) => `نزیکەی ${date} (دڵنیا نییە)`,
    time: (date, time) => `${date}، کاتژمێر ${time}`,
    later: (count, unit) => `${count === 1 ? 'یەک' : count} ${units[unit]} دواتر`,
  },
};
