import type { FormatDistanceFn, FormatDistanceToken } from 'date-fns';

// After a number a Kurdish noun stays singular: «١٤ مانگ», «٢ ساڵ».
const formatDistanceLocale: Record<FormatDistanceToken, string | { one: string; other: string }> = {
  lessThanXSeconds: { one: 'کەمتر لە چرکەیەک', other: 'کەمتر لە {{count}} چرکە' },
  xSeconds: { one: 'یەک چرکە', other: '{{count}} چرکە' },
  halfAMinute: 'نیو خولەک',
  lessThanXMinutes: { one: 'کەمتر لە خولەکێک', other: 'کەمتر لە {{count}} خولەک' },
  xMinutes: { one: 'یەک خولەک', other: '{{count}} خولەک' },
  aboutXHours: { one: 'نزیکەی کاتژمێرێک', other: 'نزیکەی {{count}} کاتژمێر' },
  xHours: { one: 'یەک کاتژمێر', other: '{{count}} کاتژمێر' },
  xDays: { one: 'یەک ڕۆژ', other: '{{count}} ڕۆژ' },
  aboutXWeeks: { one: 'نزیکەی هەفتەیەک', other: 'نزیکەی {{count}} هەفتە' },
  xWeeks: { one: 'یەک هەفتە', other: '{{count}} هەفتە' },
  aboutXMonths: { one: 'نزیکەی مانگێک', other: 'نزیکەی {{count}} مانگ' },
  xMonths: { one: 'یەک مانگ', other: '{{count}} مانگ' },
  aboutXYears: { one: 'نزیکەی ساڵێک', other: 'نزیکەی {{count}} ساڵ' },
  xYears: { one: 'یەک ساڵ', other: '{{count}} ساڵ' },
  overXYears: { one: 'زیاتر لە ساڵێک', other: 'زیاتر لە {{count}} ساڵ' },
  almostXYears: { one: 'نزیکەی ساڵێک', other: 'نزیکەی {{count}} ساڵ' },
};

export const formatDistance: FormatDistanceFn = (token, count, options) => {
  const value = formatDistanceLocale[token];
  const result =
    typeof value === 'string' ? value : count === 1 ? value.one : value.other.replace('{{count}}', String(count));
  if (!options?.addSuffix) return result;
  return options.comparison && options.comparison > 0 ? `لە ماوەی ${result}دا` : `${result} لەمەوبەر`;
};
