import type { EventDateLocale } from '../../event-date-locale.js';
import { formatDistance } from './_lib/formatDistance.js';
import { localize } from './_lib/localize.js';

/** Arabic event dates as Iraqi news writes them: «حزيران ٢٠١٩», «٢٠ آب ٢٠٢٠», Arabic-Indic digits. */
export const arEventDates: EventDateLocale = {
  code: 'ar',
  dateFns: { localize, formatDistance },
  numerals: 'arab',
  seasons: ['ربيع', 'صيف', 'خريف', 'شتاء'],
  phrases: {
    bce: (year) => `${year} ق.م`,
    month: (month, year) => `${month} ${year}`,
    day: (day, month, year) => `${day} ${month} ${year}`,
    dayOfMonth: (day, month) => `${day} ${month}`,
    weekday: (weekday, date) => `${weekday}، ${date}`,
    season: (season, year) => `${season} ${year}`,
    dayRange: (first, last, month, year) => `${first}–${last} ${month} ${year}`,
    monthRange: (first, last, year) => `${first} – ${last} ${year}`,
    range: (start, end) => `${start} – ${end}`,
    from: (start) => `ابتداءً من ${start}`,
    until: (end) => `حتى ${end}`,
    endUnknown: (start) => `ابتداءً من ${start} (النهاية غير معروفة)`,
    startUnknown: (end) => `حتى ${end} (البداية غير معروفة)`,
    approximate: (date) => `حوالي ${date}`,
    uncertain: (date) => `${date} (غير مؤكد)`,
    uncertainApproximate: (date) => `حوالي ${date} (غير مؤكد)`,
    time: (date, time) => `${date}، الساعة ${time}`,
    // «بعد» governs the genitive: the dual ends in «ين» (بعد شهرين، بعد سنتين).
    later: (distance) => `بعد ${distance.replace(/^(شهر|سنت|يوم|أسبوع)ان/, '$1ين')}`,
  },
};
