// @ts-check
// Persian (فارسی), a language the library does not ship: a site adds it at run time, without
// rebuilding anything, with the standalone bundle's `registerTimelineLanguage`:
//
//   import { registerTimelineLanguage } from '/dist/event-timeline.bundle.js';
//   import { fa } from '/demo/fa.js';
//   registerTimelineLanguage(fa);
//
// Every string of the interface is here (`STRING_IDS`, src/languages/timeline-strings.ts, has the
// English of each); `{0}` and `{1}` stand for the values a string takes. No `dates`: month and
// weekday names, word order and gaps come from the browser's `Intl` for `fa` (Gregorian months,
// ژوئن ۲۰۱۹), written in Persian digits. Words are joined with the zero-width non-joiner (U+200C)
// as Persian spelling wants (برنامه‌ریزی‌شده).

/** @type {import('../src/languages/registry.js').TimelineLanguage} */
export const fa = {
  code: 'fa',
  dir: 'rtl',
  numerals: 'arabext',
  strings: {
    timeline: 'خط زمانی',
    loading: 'در حال بارگذاری خط زمانی…',
    loadFailed: 'خط زمانی بارگذاری نشد.',
    retry: 'تلاش دوباره',
    empty: 'این خط زمانی هنوز رویدادی ندارد.',
    filterByCategory: 'پالایش رویدادها بر اساس دسته',
    all: 'همه',
    atTheTimeOfWriting: 'در زمان نگارش',
    planned: 'برنامه‌ریزی‌شده',
    scheduled: 'زمان‌بندی‌شده',
    asWritten: 'به تعبیر منبع:',
    howDateWasWorkedOut: 'این تاریخ چگونه تعیین شد',
    showDetails: 'نمایش جزئیات',
    hideDetails: 'پنهان کردن جزئیات',
    credit: 'عکس: {0}',
    problems: 'ایرادهای داده‌های خط زمانی: {0} مورد کنار گذاشته شد، {1} مورد نادیده گرفته شد',
    errorTimeout: 'پاسخ سرور بیش از اندازه طول کشید.',
    errorTooLarge: 'پروندهٔ خط زمانی بیش از اندازه بزرگ است.',
    errorNotFound: 'پروندهٔ خط زمانی پیدا نشد.',
    errorHttp: 'سرور با خطا پاسخ داد.',
    errorNotTimeline: 'این پرونده دادهٔ خط زمانی نیست.',
    errorNetwork: 'اتصال شبکه برقرار نشد.',
    earlierEvents: 'رویدادهای پیشین',
    laterEvents: 'رویدادهای بعدی',
  },
};
