import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatEventDate, formatEventGap, intlEventDates, parseEventDate } from '../../src/dates/index.js';
import { toNumerals } from '../../src/dates/numerals.js';

const word = (tag: string, edtf: string, weekday = false) => formatEventDate(parseEventDate(edtf), { locale: intlEventDates(tag)!, weekday });
// ICU spaces some years' «г.» with a narrow no-break space and others with a space.
const spaced = (text: string) => text.replace(/\s/g, ' ');
// Date.UTC reads years 0–99 as 1900–1999: set the full year apart.
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(2000, month, day)).setUTCFullYear(year);
const intl = (tag: string, options: Intl.DateTimeFormatOptions, year: number, month: number, day: number) =>
  new Intl.DateTimeFormat(tag, { ...options, calendar: 'gregory', timeZone: 'UTC' }).format(utc(year, month, day));

describe('event dates from Intl, for languages neither built in nor registered', () => {
  it('write a month as a month and a day as a day, as Intl does, in the language’s digits', () => {
    for (const tag of ['fa', 'he', 'ur', 'de', 'tr', 'ja', 'ru']) {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
          const y = String(year).padStart(4, '0');
          const m = String(month).padStart(2, '0');
          assert.equal(spaced(word(tag, `${y}-${m}`)), spaced(intl(tag, { year: 'numeric', month: 'long' }, year, month - 1, 1)));
          const dayText = word(tag, `${y}-${m}-${String(day).padStart(2, '0')}`);
          assert.equal(spaced(dayText), spaced(intl(tag, { year: 'numeric', month: 'long', day: 'numeric' }, year, month - 1, day)));
        }),
        { numRuns: 40 },
      );
    }
  });

  it('keep ranges one range, marks on uncertain dates, and the Gregorian calendar', () => {
    assert.equal(word('de', '2020-08-18/2020-08-20'), '18.–20. August 2020');
    assert.equal(word('fa', '2020-08-18/2020-08-20'), '۱۸ تا ۲۰ اوت ۲۰۲۰');
    assert.equal(word('fa', '2019-06/2020-08'), 'ژوئن ۲۰۱۹ تا اوت ۲۰۲۰', 'the language’s own range word');
    assert.equal(word('ja', '2019-06/2020-08'), '2019年6月～2020年8月');
    assert.equal(word('de', '2019?'), '2019?');
    assert.equal(word('de', '2019-06~'), '~Juni 2019');
    assert.equal(word('de', '2020/..'), '2020 – …');
    assert.equal(word('de', '2020-08-20', true), 'Donnerstag, 20. August 2020');
    assert.match(word('ru', '2020-08-20'), /^20 августа 2020\sг\.$/, 'a month inflected in a full date');
    assert.match(word('ru', '2020-08'), /^август 2020\sг\.$/, 'and not alone');
    assert.equal(word('de', '2020-22'), 'Juni–August 2020', 'a season is its months');
  });

  it('say gaps with Intl.RelativeTimeFormat, in the language’s digits', () => {
    const gap = (tag: string) => formatEventGap(parseEventDate('2019-06'), parseEventDate('2020-06-20'), { locale: intlEventDates(tag)! });
    assert.equal(gap('de'), 'in 12 Monaten');
    assert.equal(gap('fa'), toNumerals(new Intl.RelativeTimeFormat('fa', { numeric: 'always', numberingSystem: 'latn' } as Intl.RelativeTimeFormatOptions).format(12, 'month'), 'arabext'));
  });

  it('are undefined for a language Intl does not know, or a tag that is not one', () => {
    assert.equal(intlEventDates('xx'), undefined);
    assert.equal(intlEventDates('not a tag'), undefined);
  });
});
