import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import './fast-check-seed.js';
import { compareEventDates, parseEventDate, sortByEventDate } from '../../src/dates/index.js';

const EXAMPLES = [
  '2019', '2019-06', '2019-06-01', '2019-06~', '2020', '2020-06', '2020-08-18', '2020-08-18/2020-08-20',
  '2020-08-20', '2020-08-20/..', '2020-08-20/2020-12-31', '../2020-01', '/2019-06-15', '201X', '2020-21',
  '2020-08-20T10:00:00Z', '2020-08-20T10:00:00+03:00', '-0044-03-15', '2020-XX', '1999-12-31',
];
const dateArb = fc.constantFrom(...EXAMPLES).map((s) => parseEventDate(s));

describe('compareEventDates', () => {
  it('orders by start, coarser first on equal starts', () => {
    const sorted = sortByEventDate(['2020-06-01', '2020-06', '2020', '2019-12-31'], (s) => parseEventDate(s));
    assert.deepEqual(sorted, ['2019-12-31', '2020', '2020-06', '2020-06-01']);
  });

  it('keeps data order for equal starts of equal precision', () => {
    const sorted = sortByEventDate(['2020-08-18/2020-08-20', '2020-08-18', '2020-08-18/..'], (s) => parseEventDate(s));
    assert.deepEqual(sorted, ['2020-08-18/2020-08-20', '2020-08-18', '2020-08-18/..']);
  });

  it('places an interval with an open or unknown start by its end', () => {
    const sorted = sortByEventDate(['2019-07', '../2019-06-15', '2019-06'], (s) => parseEventDate(s));
    assert.deepEqual(sorted, ['2019-06', '../2019-06-15', '2019-07']);
  });

  it('is reflexive and antisymmetric', () => {
    fc.assert(fc.property(dateArb, dateArb, (a, b) => compareEventDates(a, a) === 0 && Math.sign(compareEventDates(a, b)) === -Math.sign(compareEventDates(b, a))));
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (a, b, c) => {
        if (compareEventDates(a, b) <= 0 && compareEventDates(b, c) <= 0) return compareEventDates(a, c) <= 0;
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it('sorts stably and deterministically: any shuffle of the same items sorts the same', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EXAMPLES), { maxLength: 30 }), fc.infiniteStream(fc.nat()), (texts, randoms) => {
        const items = texts.map((text, index) => ({ text, index }));
        const sorted = sortByEventDate(items, (i) => parseEventDate(i.text));
        // Never out of order…
        for (let i = 1; i < sorted.length; i++) {
          const order = compareEventDates(parseEventDate(sorted[i - 1]!.text), parseEventDate(sorted[i]!.text));
          if (order > 0) return false;
          if (order === 0 && sorted[i - 1]!.index > sorted[i]!.index) return false;
        }
        // …and a shuffled input sorts into the same sequence of places (ties may swap: data order).
        const shuffled = [...items].sort(() => (randoms.next().value % 3) - 1);
        const again = sortByEventDate(shuffled, (i) => parseEventDate(i.text));
        return again.every((item, i) => compareEventDates(parseEventDate(item.text), parseEventDate(sorted[i]!.text)) === 0);
      }),
    );
  });
});
