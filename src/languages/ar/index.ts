import type { EventGapUnit } from '../../dates/event-date-locale.js';
import type { Language } from '../language.js';

// After «بعد» (genitive): one, two (dual in «ين»), three to ten (plural), eleven and more (accusative singular).
const units = {
  days: ['يوم واحد', 'يومين', 'أيام', 'يومًا'],
  months: ['شهر واحد', 'شهرين', 'أشهر', 'شهرًا'],
  years: ['سنة واحدة', 'سنتين', 'سنوات', 'سنة'],
} as const;

function later(count: number, unit: EventGapUnit): string {
  const [one, two, few, many] = units[unit];
  if (count === 1) return `بعد ${one}`;
  if (count === 2) return `بعد ${two}`;
  return `بعد ${count} ${count % 100 >= 3 && count % 100 <= 10 ? few : many}`;
}

/**
 * Arabic as Iraqi news writes it: the Levantine/Iraqi month names first (CLDR `ar-IQ`: حزيران,
 * آب), the Egyptian ones as variants; «حزيران ٢٠١٩», «٢٠ آب ٢٠٢٠», Arabic-Indic digits.
 */
export const ar: Language = {
  code: 'ar',
  direction: 'rtl',
  numerals: 'arab',
  months: [
    ['كانون الثاني', 'يناير'],
    ['شباط', 'فبراير'],
    ['آذار', 'مارس'],
    ['نيسان', 'أبريل', 'ابريل'],
    ['أيار', 'مايو'],
    ['حزيران', 'يونيو'],
    ['تموز', 'يوليو'],
    ['آب', 'أغسطس'],
    ['أيلول', 'سبتمبر'],
    ['تشرين الأول', 'أكتوبر'],
    ['تشرين الثاني', 'نوفمبر'],
    ['كانون الأول', 'ديسمبر'],
  ],
  weekdays: [['الأحد'], ['الاثنين'], ['الثلاثاء'], ['الأربعاء'], ['الخميس'], ['الجمعة'], ['السبت']],
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
  datePrepositions: ['في'],
};
