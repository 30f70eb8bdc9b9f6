import type { Day, Era, LocaleDayPeriod, Match, Month, Quarter } from 'date-fns';
import { buildMatchFn, buildMatchPatternFn } from '../../_lib/build-locale-fns.js';

// Parsing accepts the common spellings beside CLDR's (ئادار, مایس, تەمموز, ئەیلول, کانوونی یەکەم)
// and an optional izafe «ی»; longer alternatives first so that «تشرینی یەکەم» wins over «تشرین».
const matchMonthPatterns = {
  narrow: /^(ک|ش|ئ|ن|ح|ت)/,
  wide: /^(کانوونی دووەم|کانونی دووەم|شوبات|ئازار|ئادار|نیسان|ئایار|مایس|حوزەیران|تەمووز|تەمموز|ئاب|ئەیلوول|ئەیلول|تشرینی یەکەم|تشرینی دووەم|کانونی یەکەم|کانوونی یەکەم)ی?/,
};
const parseMonthPatterns = {
  narrow: [/^ک/, /^ش/, /^ئ/, /^ن/, /^ئ/, /^ح/, /^ت/, /^ئ/, /^ئ/, /^ت/, /^ت/, /^ک/],
  any: [/^کانو?ونی دووەم/, /^شوبات/, /^ئا[زد]ار/, /^نیسان/, /^(ئایار|مایس)/, /^حوزەیران/, /^تەمو?موز|^تەمووز/, /^ئاب/, /^ئەیلو?ول/, /^تشرینی یەکەم/, /^تشرینی دووەم/, /^کانو?ونی یەکەم/],
};

const matchDayPatterns = {
  narrow: /^(ی|د|س|چ|پ|ھ|ه|ش)/,
  wide: /^(یەکشەممە|یەک شەممە|دووشەممە|دوو شەممە|سێشەممە|سێ شەممە|چوارشەممە|چوار شەممە|پێنجشەممە|پێنج شەممە|ھەینی|هەینی|جومعە|شەممە)/,
};
const parseDayPatterns = {
  narrow: [/^ی/, /^د/, /^س/, /^چ/, /^پ/, /^[ھه]/, /^ش/],
  any: [/^یەک/, /^دوو/, /^سێ/, /^چوار/, /^پێنج/, /^([ھه]ەینی|جومعە)/, /^شەممە/],
};

export const match: Match = {
  ordinalNumber: buildMatchPatternFn({
    matchPattern: /^(\d+)(ەم|یەم|ی)?/,
    parsePattern: /\d+/,
    valueCallback: (value) => parseInt(value, 10),
  }),
  era: buildMatchFn<Era>({
    matchPatterns: { abbreviated: /^(پ\.ز|ز)/, wide: /^(پێش زایین|زایینی)/ },
    defaultMatchWidth: 'wide',
    parsePatterns: { any: [/^پ/, /^ز/] },
    defaultParseWidth: 'any',
  }),
  quarter: buildMatchFn<Quarter>({
    matchPatterns: { abbreviated: /^چ[1-4١-٤]/, wide: /^چارەکی (یەکەم|دووەم|سێیەم|چوارەم)/ },
    defaultMatchWidth: 'wide',
    parsePatterns: { any: [/یەکەم|[1١]/, /دووەم|[2٢]/, /سێیەم|[3٣]/, /چوارەم|[4٤]/] },
    defaultParseWidth: 'any',
    valueCallback: (index) => index + 1,
  }),
  month: buildMatchFn<Month>({
    matchPatterns: matchMonthPatterns,
    defaultMatchWidth: 'wide',
    parsePatterns: parseMonthPatterns,
    defaultParseWidth: 'any',
  }),
  day: buildMatchFn<Day>({
    matchPatterns: matchDayPatterns,
    defaultMatchWidth: 'wide',
    parsePatterns: parseDayPatterns,
    defaultParseWidth: 'any',
  }),
  dayPeriod: buildMatchFn<LocaleDayPeriod>({
    matchPatterns: { any: /^(ب\.ن|د\.ن|نیوەشەو|نیوەڕۆ|بەیانی|دوای نیوەڕۆ|ئێوارە|شەو)/ },
    defaultMatchWidth: 'any',
    parsePatterns: { any: [/^ب\.ن/, /^د\.ن/, /^نیوەشەو/, /^نیوەڕۆ/, /^بەیانی/, /^دوای نیوەڕۆ/, /^ئێوارە/, /^شەو/] },
    defaultParseWidth: 'any',
    valueCallback: (index) => index,
  }) as unknown as Match['dayPeriod'],
};
