import type { Day, Era, LocaleDayPeriod, Match, Month, Quarter } from 'date-fns';
import { buildMatchFn, buildMatchPatternFn } from '../../_lib/build-locale-fns.js';

// Parsing accepts the Levantine/Iraqi names and the Egyptian/Gulf ones (يناير …), with or without hamza.
export const match: Match = {
  ordinalNumber: buildMatchPatternFn({
    matchPattern: /^\d+/,
    parsePattern: /\d+/,
    valueCallback: (value) => parseInt(value, 10),
  }),
  era: buildMatchFn<Era>({
    matchPatterns: { wide: /^(قبل الميلاد|ق\.م|ميلادي|م)/ },
    defaultMatchWidth: 'wide',
    parsePatterns: { any: [/^ق/, /^م/] },
    defaultParseWidth: 'any',
  }),
  quarter: buildMatchFn<Quarter>({
    matchPatterns: { wide: /^الربع (الأول|الثاني|الثالث|الرابع)/ },
    defaultMatchWidth: 'wide',
    parsePatterns: { any: [/الأول/, /الثاني/, /الثالث/, /الرابع/] },
    defaultParseWidth: 'any',
    valueCallback: (index) => index + 1,
  }),
  month: buildMatchFn<Month>({
    matchPatterns: {
      wide: /^(كانون الثاني|يناير|شباط|فبراير|[آا]ذار|مارس|نيسان|[أا]بريل|[أا]يار|مايو|حزيران|يونيو|تموز|يوليو|آب|اب|[أا]غسطس|[أا]يلول|سبتمبر|تشرين ال[أا]ول|[أا]كتوبر|تشرين الثاني|نوفمبر|كانون ال[أا]ول|ديسمبر)/,
    },
    defaultMatchWidth: 'wide',
    parsePatterns: {
      any: [/^(كانون الثاني|يناير)/, /^(شباط|فبراير)/, /^([آا]ذار|مارس)/, /^(نيسان|[أا]بريل)/, /^([أا]يار|مايو)/, /^(حزيران|يونيو)/, /^(تموز|يوليو)/, /^(آب|اب|[أا]غسطس)/, /^([أا]يلول|سبتمبر)/, /^(تشرين ال[أا]ول|[أا]كتوبر)/, /^(تشرين الثاني|نوفمبر)/, /^(كانون ال[أا]ول|ديسمبر)/],
    },
    defaultParseWidth: 'any',
  }),
  day: buildMatchFn<Day>({
    matchPatterns: { wide: /^(ال[أا]حد|الاثنين|الإثنين|الثلاثاء|ال[أا]ربعاء|الخميس|الجمعة|السبت)/ },
    defaultMatchWidth: 'wide',
    parsePatterns: { any: [/^ال[أا]حد/, /^ال[اإ]ثنين/, /^الثلاثاء/, /^ال[أا]ربعاء/, /^الخميس/, /^الجمعة/, /^السبت/] },
    defaultParseWidth: 'any',
  }),
  dayPeriod: buildMatchFn<LocaleDayPeriod>({
    matchPatterns: { any: /^(ص|م|منتصف الليل|الظهر|صباحًا|بعد الظهر|مساءً|ليلًا)/ },
    defaultMatchWidth: 'any',
    parsePatterns: { any: [/^ص/, /^م$/, /^منتصف/, /^الظهر/, /^صباح/, /^بعد/, /^مساء/, /^ليل/] },
    defaultParseWidth: 'any',
  }),
};
