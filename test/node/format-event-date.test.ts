import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import './fast-check-seed.js';
import {
  arEventDates,
  ckbEventDates,
  eventDateLocaleFor,
  formatEventDate,
  formatEventGap,
  parseEventDate,
} from '../../src/dates/index.js';

const en = (s: string, weekday = false) => formatEventDate(parseEventDate(s), { weekday });
const ku = (s: string, weekday = false) => formatEventDate(parseEventDate(s), { locale: ckbEventDates, weekday });
const arabic = (s: string, weekday = false) => formatEventDate(parseEventDate(s), { locale: arEventDates, weekday });

describe('formatEventDate in English', () => {
  it('writes each precision as itself', () => {
    assert.equal(en('2019'), '2019');
    assert.equal(en('2019-06'), 'June 2019');
    assert.equal(en('2020-08-20'), '20 August 2020');
    assert.equal(en('2020-08-18', true), 'Tuesday 18 August 2020');
    assert.equal(en('2020-08-18/2020-08-20', true), '18–20 August 2020', 'no weekdays on ranges');
    assert.equal(en('2020-22'), 'Summer 2020');
    assert.equal(en('2020-08-20T14:30:00+03:00'), '20 August 2020, 14:30 UTC+03:00');
  });

  it('writes intervals as ranges that share what they can', () => {
    assert.equal(en('2020-08-18/2020-08-20'), '18–20 August 2020');
    assert.equal(en('2020-06-18/2020-08-20'), '18 June – 20 August 2020');
    assert.equal(en('2020-06/2020-08'), 'June – August 2020');
    assert.equal(en('2019-06/2020-08'), 'June 2019 – August 2020');
    assert.equal(en('2020-08-20/..'), 'From 20 August 2020');
    assert.equal(en('../2020'), 'Until 2020');
    assert.equal(en('2020/'), 'From 2020 (end unknown)');
    assert.equal(en('/2020'), 'Until 2020 (start unknown)');
  });

  it('words qualifiers, unspecified digits and years before the era', () => {
    assert.equal(en('2019-06~'), 'About June 2019');
    assert.equal(en('2019?'), '2019 (uncertain)');
    assert.equal(en('2019%'), 'About 2019 (uncertain)');
    assert.equal(en('201X'), '2010 – 2019');
    assert.equal(en('2020-XX'), '2020');
    assert.equal(en('-0043'), '44 BCE');
  });
});

describe('formatEventDate in Central Kurdish', () => {
  it('writes dates as the article does: izafe, CLDR month names, Eastern Arabic digits', () => {
    assert.equal(ku('2019-06'), 'حوزەیرانی ٢٠١٩');
    assert.equal(ku('2020-06'), 'حوزەیرانی ٢٠٢٠');
    assert.equal(ku('2020-08-20'), '٢٠ی ئابی ٢٠٢٠');
    assert.equal(ku('2020-08-18', true), 'سێشەممە، ١٨ی ئابی ٢٠٢٠');
    assert.equal(ku('2020-08-20', true), 'پێنجشەممە، ٢٠ی ئابی ٢٠٢٠');
    assert.equal(ku('2020-08-18/2020-08-20'), '١٨–٢٠ی ئابی ٢٠٢٠');
    assert.equal(ku('2020-08-20/..'), 'لە ٢٠ی ئابی ٢٠٢٠ بەدواوە');
    assert.equal(ku('2019-06~'), 'نزیکەی حوزەیرانی ٢٠١٩');
  });

  it('uses CLDR’s ckb name for each of the twelve months (as Node’s full ICU gives them)', () => {
    const cldr = new Intl.DateTimeFormat('ckb', { month: 'long', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++) {
      const name = cldr.format(Date.UTC(2020, month - 1, 15));
      assert.equal(ku(`2020-${String(month).padStart(2, '0')}`), `${name}ی ٢٠٢٠`, `month ${month}`);
    }
  });

  it('uses CLDR’s ckb weekday names, each one word', () => {
    const cldr = new Intl.DateTimeFormat('ckb', { weekday: 'long', timeZone: 'UTC' });
    for (let day = 16; day <= 22; day++) {
      const name = cldr.format(Date.UTC(2020, 7, day));
      assert.ok(ku(`2020-08-${day}`, true).startsWith(`${name}،`), `${day}: ${ku(`2020-08-${day}`, true)}`);
      assert.ok(!name.includes(' '));
    }
  });

  it('writes Latin digits when asked', () => {
    assert.equal(formatEventDate(parseEventDate('2020-08-20'), { locale: ckbEventDates, numerals: 'latn' }), '20ی ئابی 2020');
  });
});

describe('formatEventDate in Arabic (Iraqi usage)', () => {
  it('writes Levantine month names and Arabic-Indic digits', () => {
    assert.equal(arabic('2019-06'), 'حزيران ٢٠١٩');
    assert.equal(arabic('2020-08-20'), '٢٠ آب ٢٠٢٠');
    assert.equal(arabic('2020-08-18', true), 'الثلاثاء، ١٨ آب ٢٠٢٠');
    assert.equal(arabic('2020-08-20/..'), 'ابتداءً من ٢٠ آب ٢٠٢٠');
  });

  it('matches CLDR’s ar-IQ month names', () => {
    const cldr = new Intl.DateTimeFormat('ar-IQ', { month: 'long', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++) {
      assert.equal(arabic(`2020-${String(month).padStart(2, '0')}`), `${cldr.format(Date.UTC(2020, month - 1, 15))} ٢٠٢٠`);
    }
  });
});

describe('formatEventGap', () => {
  const gap = (a: string, b: string, locale = eventDateLocaleFor('en')) => formatEventGap(parseEventDate(a), parseEventDate(b), { locale });

  it('says the time between events in the largest natural unit, in three languages', () => {
    assert.equal(gap('2019-06', '2020-08-20'), '14 months later');
    assert.equal(gap('2019-06', '2020-08-20', ckbEventDates), '١٤ مانگ دواتر');
    assert.equal(gap('2019-06', '2020-08-20', arEventDates), 'بعد ١٤ شهرًا');
    assert.equal(gap('2020-06', '2020-07-15'), '44 days later');
    assert.equal(gap('2010', '2020'), '10 years later');
    assert.equal(gap('2018', '2020', arEventDates), 'بعد سنتين');
    assert.equal(gap('2020-01', '2020-03-15', arEventDates), 'بعد شهرين');
  });

  it('counts in each language\'s plural forms', () => {
    assert.equal(gap('2020-01-01', '2020-02-01'), '31 days later');
    assert.equal(gap('2019', '2020'), '12 months later');
    assert.equal(gap('2018-01', '2019-02'), '13 months later');
    assert.equal(gap('2018', '2020', ckbEventDates), '٢ ساڵ دواتر');
    assert.equal(gap('2000', '2020', arEventDates), 'بعد ٢٠ سنة');
    assert.equal(gap('2010', '2020', arEventDates), 'بعد ١٠ سنوات');
    assert.equal(gap('2010', '2013', arEventDates), 'بعد ٣ سنوات');
    assert.equal(gap('2020-01-01', '2020-02-01', arEventDates), 'بعد ٣١ يومًا');
  });

  it('says nothing for short gaps', () => {
    assert.equal(gap('2020-08-18', '2020-08-20'), undefined);
  });

  it('counts years across dates no JS Date can hold (TimelineJS geological years)', () => {
    assert.equal(gap('Y-170000002', '2020'), '170002022 years later');
    assert.equal(gap('-0500', '2020'), '2520 years later');
    assert.equal(gap('2020', 'Y-170000002'), undefined);
  });

  it('never says NaN: gaps between any years EDTF can write, in every language (property)', () => {
    const year = fc.oneof(fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }), fc.integer({ min: -300_000, max: 300_000 }), fc.constantFrom(275_760, 275_761, -271_821, -271_822));
    const edtf = (y: number, form: number) => {
      const text = Math.abs(y) > 9999 ? `Y${y}` : `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`;
      return [text, `${text}-12`, `${text}-12-31`, `${text}-01-01T00:00:00Z`][form]!;
    };
    const date = fc.tuple(year, fc.integer({ min: 0, max: 3 })).map(([y, form]) => parseEventDate(Math.abs(y) > 9999 ? edtf(y, 0) : edtf(y, form)));
    fc.assert(
      fc.property(date, date, fc.constantFrom(eventDateLocaleFor('en'), ckbEventDates, arEventDates), (a, b, locale) => {
        const [from, to] = a.earliest <= b.earliest ? [a, b] : [b, a];
        const text = formatEventGap(from, to, { locale, numerals: 'latn' });
        if (text !== undefined) assert.match(text, /^[^\d]*\d+[^\d]*$|^[^\d]+$/, text);
        assert.doesNotMatch(text ?? '', /NaN|Infinity/);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the shipped month and weekday names', () => {
  // Node's full ICU carries CLDR: the names the element ships must be the platform's.
  const cldr = (tag: string, option: 'month' | 'weekday', count: number, at: (i: number) => number) => {
    const f = new Intl.DateTimeFormat(tag, { [option]: 'long', timeZone: 'UTC' });
    return Array.from({ length: count }, (_, i) => f.format(at(i)));
  };
  for (const [tag, locale] of [['en-GB', eventDateLocaleFor('en')], ['ckb', ckbEventDates], ['ar-IQ', arEventDates]] as const) {
    it(`${tag} agrees with CLDR`, () => {
      assert.deepEqual(locale.months, cldr(tag, 'month', 12, (i) => Date.UTC(2020, i, 15)));
      // 16 August 2020 was a Sunday.
      assert.deepEqual(locale.weekdays, cldr(tag, 'weekday', 7, (i) => Date.UTC(2020, 7, 16 + i)));
    });
  }
});
