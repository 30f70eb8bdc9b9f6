import type { EventDateLocale } from '../../event-date-locale.js';
import { formatDistance } from './_lib/formatDistance.js';
import { localize } from './_lib/localize.js';

/**
 * Central Kurdish event dates as the article writes them: the izafe «ی» joins day, month and year
 * («٢٠ی ئابی ٢٠٢٠», «حوزەیرانی ٢٠١٩»), Eastern Arabic digits.
 */
export const ckbEventDates: EventDateLocale = {
  code: 'ckb',
  dateFns: { localize, formatDistance },
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
    later: (distance) => `${distance} دواتر`,
  },
};
