import type { Day, Era, LocaleDayPeriod, Match, Month, Quarter } from 'date-fns';
import { ckb } from '../../../../languages/ckb/index.js';
import { buildMatchFn, buildMatchPatternFn, buildNameMatchFn } from '../../_lib/build-locale-fns.js';

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
  // Names and their spellings (ئادار, مایس, تەمموز…) from the language module, with the izafe «ی».
  month: buildNameMatchFn<Month>(ckb.months, {
    suffix: 'ی',
    narrow: { match: /^(ک|ش|ئ|ن|ح|ت)/, parse: [/^ک/, /^ش/, /^ئ/, /^ن/, /^ئ/, /^ح/, /^ت/, /^ئ/, /^ئ/, /^ت/, /^ت/, /^ک/] },
  }),
  day: buildNameMatchFn<Day>(ckb.weekdays, {
    narrow: { match: /^(ی|د|س|چ|پ|ھ|ه|ش)/, parse: [/^ی/, /^د/, /^س/, /^چ/, /^پ/, /^[ھه]/, /^ش/] },
  }),
  dayPeriod: buildMatchFn<LocaleDayPeriod>({
    matchPatterns: { any: /^(ب\.ن|د\.ن|نیوەشەو|نیوەڕۆ|بەیانی|دوای نیوەڕۆ|ئێوارە|شەو)/ },
    defaultMatchWidth: 'any',
    parsePatterns: { any: [/^ب\.ن/, /^د\.ن/, /^نیوەشەو/, /^نیوەڕۆ/, /^بەیانی/, /^دوای نیوەڕۆ/, /^ئێوارە/, /^شەو/] },
    defaultParseWidth: 'any',
    valueCallback: (index) => index,
  }) as unknown as Match['dayPeriod'],
};
