import type { EventDateLocale } from '../../event-date-locale.js';
import { monthNames, weekdayNames } from './names.js';

// After «بعد» (genitive): one, two (dual in «ين»), three to ten (plural), eleven and more (accusative singular).
const units = {
  days: ['يوم واحد', 'يومين', 'أيام', 'يومًا'],
  months: ['شهر واحد', 'شهرين', 'أشهر', 'شهرًا'],
  years: ['سنة واحدة', 'سنتين', 'سنوات', 'سنة'],
} as const;

function later(count: number, unit: keyof typeof units): string {
  const [one, two, few, many] = units[unit];
  if (count === 1) return `بعد ${one}`;
  if (count === 2) return `بعد ${two}`;
  return `بعد ${count} ${count % 100 >= 3 && count % 100 <= 10 ? few : many}`;
}

/** Arabic event dates as Iraqi news writes them: «حزيران ٢٠١٩», «٢٠ آب ٢٠٢٠», Arabic-Indic digits. */
export const arEventDates: EventDateLocale = {
  code: 'ar',
  months: monthNames,
  weekdays: weekdayNames,
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
    later,
  },
};
