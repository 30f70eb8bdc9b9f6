import type { Language } from '../language.js';

const units = { days: 'ڕۆژ', months: 'مانگ', years: 'ساڵ' } as const;

/**
 * Central Kurdish (Sorani) as Kurdish news writes it. The first name of each month and weekday is
 * CLDR's `ckb` data (what `Intl.DateTimeFormat('ckb')` prints in Node with full ICU), so that the
 * library and the platform agree; CLDR spells December «کانونی یەکەم» with one و, unlike January
 * «کانوونی دووەم». The izafe «ی» joins day, month and year: «٢٠ی ئابی ٢٠٢٠», «حوزەیرانی ٢٠١٩».
 */
export const ckb: Language = {
  code: 'ckb',
  direction: 'rtl',
  numerals: 'arab',
  months: [
    ['کانوونی دووەم', 'کانونی دووەم'],
    ['شوبات'],
    ['ئازار', 'ئادار'],
    ['نیسان'],
    ['ئایار', 'مایس'],
    ['حوزەیران'],
    ['تەمووز', 'تەمموز'],
    ['ئاب'],
    ['ئەیلوول', 'ئەیلول'],
    ['تشرینی یەکەم'],
    ['تشرینی دووەم'],
    ['کانونی یەکەم', 'کانوونی یەکەم'],
  ],
  weekdays: [
    ['یەکشەممە', 'یەک شەممە', 'یەکشەمە'],
    ['دووشەممە', 'دوو شەممە', 'دووشەمە'],
    ['سێشەممە', 'سێ شەممە', 'سێشەمە'],
    ['چوارشەممە', 'چوار شەممە', 'چوارشەمە'],
    ['پێنجشەممە', 'پێنج شەممە', 'پێنجشەمە'],
    ['ھەینی', 'جومعە'],
    ['شەممە', 'شەمە'],
  ],
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
  datePrepositions: ['لە'],
};
