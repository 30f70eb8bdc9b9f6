import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, format, formatDistance, formatRelative, parse, startOfWeek } from 'date-fns';
import { ar, arEventDates, ckb, ckbEventDates, toLatinDigits, toNumerals } from '../../src/dates/index.js';
import { ar as arabic } from '../../src/languages/ar/index.js';
import { ckb as kurdish } from '../../src/languages/ckb/index.js';

// Local dates: date-fns formats local time, so these hold in every time zone.
const day = new Date(2020, 7, 20, 12);
const everyDayOf2020 = Array.from({ length: 366 }, (_, i) => addDays(new Date(2020, 0, 1, 12), i));
// Node's full ICU carries CLDR; Intl formats the same civil day when told the local one is UTC.
const asUtc = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), 12);
const cldr = (tag: string, options: Intl.DateTimeFormatOptions) => {
  const intl = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
  return (date: Date) => intl.format(asUtc(date));
};

describe('the ckb date-fns locale', () => {
  it('writes a day as Kurdish news and CLDR do: ٢٠ی ئابی ٢٠٢٠', () => {
    assert.equal(toNumerals(format(day, 'PPP', { locale: ckb }), 'arab'), '٢٠ی ئابی ٢٠٢٠');
    assert.equal(toNumerals(format(day, 'do MMMM yyyy', { locale: ckb }), 'arab'), '٢٠ی ئابی ٢٠٢٠');
    assert.equal(format(day, 'PPPP', { locale: ckb }), 'پێنجشەممە، 20ی ئابی 2020');
    assert.equal(format(day, 'LLLL', { locale: ckb }), 'ئاب');
    const long = cldr('ckb', { dateStyle: 'long' });
    for (const date of everyDayOf2020) assert.equal(toNumerals(format(date, 'PPP', { locale: ckb }), 'arab'), long(date));
  });

  it('names months and weekdays as CLDR and the event-date locale do', () => {
    const months = Array.from({ length: 12 }, (_, i) => new Date(2020, i, 15));
    assert.deepEqual(months.map((m) => format(m, 'LLLL', { locale: ckb })), months.map(cldr('ckb', { month: 'long' })));
    assert.deepEqual(months.map((m) => format(m, 'LLLL', { locale: ckb })), ckbEventDates.months);
    const week = Array.from({ length: 7 }, (_, i) => new Date(2020, 7, 16 + i)); // from Sunday
    assert.deepEqual(week.map((d) => format(d, 'EEEE', { locale: ckb })), week.map(cldr('ckb', { weekday: 'long' })));
    assert.deepEqual(week.map((d) => format(d, 'EEEE', { locale: ckb })), ckbEventDates.weekdays);
  });

  it('words distances and relative days', () => {
    assert.equal(formatDistance(new Date(2020, 9, 20, 12), day, { locale: ckb }), '2 مانگ');
    assert.equal(formatDistance(new Date(2020, 7, 23, 12), day, { locale: ckb, addSuffix: true }), 'لە ماوەی 3 ڕۆژدا');
    assert.equal(formatDistance(new Date(2020, 7, 17, 12), day, { locale: ckb, addSuffix: true }), '3 ڕۆژ لەمەوبەر');
    assert.equal(formatRelative(new Date(2020, 7, 19, 9), day, { locale: ckb }), 'دوێنێ، کاتژمێر 09:00');
    assert.equal(formatRelative(new Date(2020, 8, 20), day, { locale: ckb }), '2020/9/20');
  });
});

describe('the ar date-fns locale', () => {
  it('writes a day with Iraqi month names, as CLDR ar-IQ does', () => {
    assert.equal(format(day, 'PPP', { locale: ar }), '20 آب 2020');
    const long = cldr('ar-IQ', { dateStyle: 'long' });
    for (const date of everyDayOf2020) assert.equal(toNumerals(format(date, 'PPP', { locale: ar }), 'arab'), long(date));
  });

  it('names months and weekdays as CLDR and the event-date locale do', () => {
    const months = Array.from({ length: 12 }, (_, i) => new Date(2020, i, 15));
    assert.deepEqual(months.map((m) => format(m, 'MMMM', { locale: ar })), months.map(cldr('ar-IQ', { month: 'long' })));
    assert.deepEqual(months.map((m) => format(m, 'MMMM', { locale: ar })), arEventDates.months);
    const week = Array.from({ length: 7 }, (_, i) => new Date(2020, 7, 16 + i));
    assert.deepEqual(week.map((d) => format(d, 'EEEE', { locale: ar })), arEventDates.weekdays);
  });

  it('counts with Arabic plurals in distances', () => {
    assert.equal(formatDistance(new Date(2020, 7, 22, 12), day, { locale: ar }), 'يومان');
    assert.equal(formatDistance(new Date(2020, 7, 25, 12), day, { locale: ar, addSuffix: true }), 'خلال 5 أيام');
    assert.equal(formatDistance(new Date(2020, 9, 20, 12), day, { locale: ar }), 'شهران');
    assert.equal(formatDistance(new Date(2031, 7, 20, 12), day, { locale: ar }), '11 سنة تقريبًا');
    assert.equal(formatRelative(new Date(2020, 7, 21, 9), day, { locale: ar }), 'غدًا، الساعة 09:00');
  });
});

for (const [code, locale] of [['ckb', ckb], ['ar', ar]] as const) {
  describe(`both locales: ${code}`, () => {
    it('start the week on Saturday, as in Iraq', () => {
      assert.equal(locale.options?.weekStartsOn, 6);
      assert.equal(format(startOfWeek(day, { locale }), 'yyyy-MM-dd'), '2020-08-15'); // a Saturday
    });

    it('never print Invalid Date or undefined, whatever the token', () => {
      const tokens = ['G', 'GGGG', 'GGGGG', 'Q', 'QQQ', 'QQQQ', 'qqqq', 'MMM', 'MMMM', 'MMMMM', 'LLL', 'LLLL', 'do', 'Do', 'E', 'EEEE', 'EEEEE', 'EEEEEE', 'eeee', 'cccc', 'a', 'aaaa', 'b', 'bbbb', 'B', 'BBBB', 'Qo', 'Mo', 'wo', 'P', 'PP', 'PPP', 'PPPP', 'p', 'pp', 'PPPPpppp'];
      for (const date of [...everyDayOf2020.slice(0, 7), new Date(2020, 7, 20, 0), new Date(2020, 7, 20, 23), new Date(2020, 7, 20, 12)]) {
        for (const token of tokens) {
          const text = format(date, token, { locale });
          assert.ok(text !== '' && !/Invalid|undefined|NaN/.test(text), `${token} on ${date.toISOString()}: ${text}`);
        }
      }
    });

    it('parse what they format, with their own digits too', () => {
      for (const pattern of ['PPP', 'PPPP', 'd MMMM yyyy', 'EEEE d MMMM yyyy']) {
        for (const date of everyDayOf2020) {
          const midnight = new Date(date.getFullYear(), date.getMonth(), date.getDate());
          const text = format(midnight, pattern, { locale });
          assert.equal(parse(text, pattern, new Date(2000, 0, 1), { locale }).getTime(), midnight.getTime(), text);
          // Readers' text carries Eastern Arabic digits; date-fns parses Latin ones.
          const eastern = toLatinDigits(toNumerals(text, 'arab'));
          assert.equal(parse(eastern, pattern, new Date(2000, 0, 1), { locale }).getTime(), midnight.getTime(), eastern);
        }
      }
    });
  });
}

// The names come from the language modules: every spelling they list parses, in every spelling the
// Arabic-script folding merges (اذار for آذار, الإثنين for الاثنين, كانون with Arabic kaf).
for (const [name, locale, language, izafe] of [['ckb', ckb, kurdish, 'ی'], ['ar', ar, arabic, '']] as const) {
  describe(`the ${name} date-fns locale reads the language module's spellings`, () => {
    it('parses every month name and variant, as written and respelled', () => {
      language.months.forEach((variants, month) => {
        for (const variant of variants) {
          for (const spelling of new Set([variant, variant.replace(/[أإآ]/g, 'ا').replace(/ک/g, 'ك').replace(/ی/g, 'ي')])) {
            const text = `3 ${spelling}${izafe} 2021`;
            const parsed = parse(text, 'd MMMM yyyy', new Date(2000, 0, 1), { locale });
            assert.equal(parsed.getMonth(), month, text);
          }
        }
      });
    });

    it('parses every weekday name and variant, and no misspelt one', () => {
      language.weekdays.forEach((variants, weekday) => {
        for (const variant of variants) assert.equal(parse(variant, 'EEEE', new Date(2020, 7, 20), { locale }).getDay(), weekday, variant);
      });
      assert.ok(Number.isNaN(parse(`3 ${name === 'ckb' ? 'ئابب' : 'آبب'} 2021`, 'd MMMM yyyy', new Date(2000, 0, 1), { locale }).getTime()));
    });
  });
}

