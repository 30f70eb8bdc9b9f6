import type { Day, Era, LocaleDayPeriod, Match, Month, Quarter } from 'date-fns';
import { ar } from '../../../../languages/ar/index.js';
import { buildMatchFn, buildMatchPatternFn, buildNameMatchFn } from '../../_lib/build-locale-fns.js';

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
  // Names and their spellings (Levantine/Iraqi and Egyptian/Gulf, with or without hamza) from the language module.
  month: buildNameMatchFn<Month>(ar.months),
  day: buildNameMatchFn<Day>(ar.weekdays),
  dayPeriod: buildMatchFn<LocaleDayPeriod>({
    matchPatterns: { any: /^(ص|م|منتصف الليل|الظهر|صباحًا|بعد الظهر|مساءً|ليلًا)/ },
    defaultMatchWidth: 'any',
    parsePatterns: { any: [/^ص/, /^م$/, /^منتصف/, /^الظهر/, /^صباح/, /^بعد/, /^مساء/, /^ليل/] },
    defaultParseWidth: 'any',
  }),
};
