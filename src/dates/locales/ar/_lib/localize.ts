import type { Day, Era, LocaleDayPeriod, Localize, Month, Quarter } from 'date-fns';
import { buildLocalizeFn } from '../../_lib/build-locale-fns.js';
import { monthNames, weekdayNames } from '../names.js';


const dayPeriodKeys: readonly LocaleDayPeriod[] = ['am', 'pm', 'midnight', 'noon', 'morning', 'afternoon', 'evening', 'night'];
const dayPeriodValues = ['ص', 'م', 'منتصف الليل', 'الظهر', 'صباحًا', 'بعد الظهر', 'مساءً', 'ليلًا'];

export const localize: Localize = {
  ordinalNumber: (value: number) => String(value),
  era: buildLocalizeFn<Era>({
    values: { narrow: ['ق', 'م'], abbreviated: ['ق.م', 'م'], wide: ['قبل الميلاد', 'ميلادي'] },
    defaultWidth: 'wide',
  }),
  quarter: buildLocalizeFn<Quarter>({
    values: {
      narrow: ['١', '٢', '٣', '٤'],
      abbreviated: ['الربع الأول', 'الربع الثاني', 'الربع الثالث', 'الربع الرابع'],
      wide: ['الربع الأول', 'الربع الثاني', 'الربع الثالث', 'الربع الرابع'],
    },
    defaultWidth: 'wide',
    argumentCallback: (quarter) => quarter - 1,
  }),
  month: buildLocalizeFn<Month>({
    values: {
      narrow: ['ك', 'ش', 'آ', 'ن', 'أ', 'ح', 'ت', 'آ', 'أ', 'ت', 'ت', 'ك'],
      abbreviated: monthNames,
      wide: monthNames,
    },
    defaultWidth: 'wide',
  }),
  day: buildLocalizeFn<Day>({
    values: {
      narrow: ['ح', 'ن', 'ث', 'ر', 'خ', 'ج', 'س'],
      short: weekdayNames,
      abbreviated: weekdayNames,
      wide: weekdayNames,
    },
    defaultWidth: 'wide',
  }),
  dayPeriod: ((period: LocaleDayPeriod) => dayPeriodValues[dayPeriodKeys.indexOf(period)]!) as Localize['dayPeriod'],
};
