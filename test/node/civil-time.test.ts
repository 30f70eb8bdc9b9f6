import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import './fast-check-seed.js';
import { civilToMs, dayOfWeek, daysInMonth } from '../../src/dates/civil-time.js';
import { formatEventGap, parseEventDate } from '../../src/dates/index.js';

// The reference: Howard Hinnant's `days_from_civil`, pure integer arithmetic with no Date, valid
// for every year. The shipped code asks date-fns instead, in the 400-year cycle of 2000–2399.
function referenceDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}
const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const referenceLength = (year: number, month: number) => (month === 2 ? (leap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

// BCE, years 0–99 (which `new Date` reads as 1900s), five-digit and far years alike.
const year = fc.oneof(fc.integer({ min: -280_000, max: 280_000 }), fc.integer({ min: -1, max: 101 }), fc.integer({ min: 1890, max: 2410 }));
const month = fc.integer({ min: 1, max: 12 });
const day = fc.integer({ min: 1, max: 31 });

describe('civil dates through date-fns, any year', () => {
  it('gives month lengths as the leap-year rule does', () => {
    fc.assert(
      fc.property(year, month, (y, m) => {
        assert.equal(daysInMonth(y, m), referenceLength(y, m));
      }),
    );
  });

  it('places a day in time and in the week as the reference does', () => {
    fc.assert(
      fc.property(year, month, day, (y, m, d) => {
        fc.pre(d <= referenceLength(y, m));
        const days = referenceDays(y, m, d);
        assert.equal(civilToMs(y, m, d), days * 86_400_000);
        assert.equal(dayOfWeek(y, m, d), (((days + 4) % 7) + 7) % 7);
      }),
    );
  });
});

describe('gaps between days, any year', () => {
  const edtf = (y: number, m: number, d: number) =>
    `${Math.abs(y) > 9999 ? 'Y' : ''}${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const civil = fc
    .tuple(fc.integer({ min: -9999, max: 9999 }), month, day)
    .filter(([y, m, d]) => d <= referenceLength(y, m));

  it('count whole days, then whole months (the day of the month reached), then years', () => {
    fc.assert(
      fc.property(civil, fc.integer({ min: 0, max: 2000 }), ([y, m, d], later) => {
        const from = referenceDays(y, m, d);
        const to = new Date((from + later) * 86_400_000); // in Date's range: 1970 ± 270,000 years
        const [y2, m2, d2] = [to.getUTCFullYear(), to.getUTCMonth() + 1, to.getUTCDate()];
        const text = formatEventGap(parseEventDate(edtf(y, m, d)), parseEventDate(edtf(y2, m2, d2)));
        const months = (y2 - y) * 12 + m2 - m - (d2 < d ? 1 : 0);
        const expected = later < 30 ? undefined : later < 60 ? `${later} days later` : months < 24 ? `${months} months later` : `${Math.floor(months / 12)} years later`;
        assert.equal(text, expected);
      }),
    );
  });
});
