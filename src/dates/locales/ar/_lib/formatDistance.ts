import type { FormatDistanceFn, FormatDistanceToken } from 'date-fns';

// Arabic counts: one, two (dual), three to ten (plural), eleven and more (singular accusative).
interface Forms {
  one: string;
  two: string;
  few: string;
  many: string;
}
const unit = (one: string, two: string, few: string, many: string): Forms => ({ one, two, few, many });

const units: Record<FormatDistanceToken, Forms | string> = {
  lessThanXSeconds: unit('أقل من ثانية', 'أقل من ثانيتين', 'أقل من {{count}} ثوانٍ', 'أقل من {{count}} ثانية'),
  xSeconds: unit('ثانية واحدة', 'ثانيتان', '{{count}} ثوانٍ', '{{count}} ثانية'),
  halfAMinute: 'نصف دقيقة',
  lessThanXMinutes: unit('أقل من دقيقة', 'أقل من دقيقتين', 'أقل من {{count}} دقائق', 'أقل من {{count}} دقيقة'),
  xMinutes: unit('دقيقة واحدة', 'دقيقتان', '{{count}} دقائق', '{{count}} دقيقة'),
  aboutXHours: unit('ساعة تقريبًا', 'ساعتان تقريبًا', '{{count}} ساعات تقريبًا', '{{count}} ساعة تقريبًا'),
  xHours: unit('ساعة واحدة', 'ساعتان', '{{count}} ساعات', '{{count}} ساعة'),
  xDays: unit('يوم واحد', 'يومان', '{{count}} أيام', '{{count}} يومًا'),
  aboutXWeeks: unit('أسبوع تقريبًا', 'أسبوعان تقريبًا', '{{count}} أسابيع تقريبًا', '{{count}} أسبوعًا تقريبًا'),
  xWeeks: unit('أسبوع واحد', 'أسبوعان', '{{count}} أسابيع', '{{count}} أسبوعًا'),
  aboutXMonths: unit('شهر تقريبًا', 'شهران تقريبًا', '{{count}} أشهر تقريبًا', '{{count}} شهرًا تقريبًا'),
  xMonths: unit('شهر واحد', 'شهران', '{{count}} أشهر', '{{count}} شهرًا'),
  aboutXYears: unit('سنة تقريبًا', 'سنتان تقريبًا', '{{count}} سنوات تقريبًا', '{{count}} سنة تقريبًا'),
  xYears: unit('سنة واحدة', 'سنتان', '{{count}} سنوات', '{{count}} سنة'),
  overXYears: unit('أكثر من سنة', 'أكثر من سنتين', 'أكثر من {{count}} سنوات', 'أكثر من {{count}} سنة'),
  almostXYears: unit('سنة تقريبًا', 'سنتان تقريبًا', '{{count}} سنوات تقريبًا', '{{count}} سنة تقريبًا'),
};

function pick(forms: Forms, count: number): string {
  if (count === 1) return forms.one;
  if (count === 2) return forms.two;
  const lastTwo = count % 100;
  return lastTwo >= 3 && lastTwo <= 10 ? forms.few : forms.many;
}

export const formatDistance: FormatDistanceFn = (token, count, options) => {
  const value = units[token];
  const result = typeof value === 'string' ? value : pick(value, count).replace('{{count}}', String(count));
  if (!options?.addSuffix) return result;
  return options.comparison && options.comparison > 0 ? `خلال ${result}` : `منذ ${result}`;
};
