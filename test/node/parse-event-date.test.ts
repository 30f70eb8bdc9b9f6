import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import edtf from 'edtf';
import fc from 'fast-check';
import './fast-check-seed.js';
import { EventDateError, parseEventDate, tryParseEventDate } from '../../src/dates/index.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('parseEventDate: EDTF level 0', () => {
  it('reads a year, a month and a day with their bounds and precision', () => {
    const year = parseEventDate('2019');
    assert.equal(year.type, 'point');
    assert.equal(iso(year.earliest), '2019-01-01T00:00:00.000Z');
    assert.equal(iso(year.latest), '2019-12-31T23:59:59.999Z');
    assert.equal(year.type === 'point' && year.precision, 'year');
    const month = parseEventDate('2019-06');
    assert.equal(month.type === 'point' && month.precision, 'month');
    assert.equal(iso(month.latest), '2019-06-30T23:59:59.999Z');
    const day = parseEventDate('2020-02-29');
    assert.equal(day.type === 'point' && day.precision, 'day');
    assert.equal(iso(day.earliest), '2020-02-29T00:00:00.000Z');
  });

  it('reads a date and time with an offset as an instant', () => {
    const d = parseEventDate('2020-08-20T14:30:00+03:00');
    assert.equal(iso(d.earliest), '2020-08-20T11:30:00.000Z');
    assert.equal(d.type === 'point' && d.offsetMinutes, 180);
    assert.equal(iso(parseEventDate('2020-08-20T14:30:00Z').earliest), '2020-08-20T14:30:00.000Z');
  });

  it('reads intervals, open and unknown ends', () => {
    const closed = parseEventDate('2020-08-18/2020-08-20');
    assert.equal(closed.type, 'interval');
    assert.equal(iso(closed.earliest), '2020-08-18T00:00:00.000Z');
    assert.equal(iso(closed.latest), '2020-08-20T23:59:59.999Z');
    const open = parseEventDate('2020-08-20/..');
    assert.equal(open.latest, Infinity);
    assert.equal(open.type === 'interval' && open.end.type, 'open');
    const unknownStart = parseEventDate('/2020');
    assert.equal(unknownStart.earliest, -Infinity);
    assert.equal(unknownStart.type === 'interval' && unknownStart.start.type, 'unknown');
  });
});

describe('parseEventDate: EDTF level 1', () => {
  it('reads qualifiers', () => {
    const q = (s: string) => {
      const d = parseEventDate(s);
      return d.type === 'point' ? [d.uncertain, d.approximate] : undefined;
    };
    assert.deepEqual(q('2019?'), [true, false]);
    assert.deepEqual(q('2019-06~'), [false, true]);
    assert.deepEqual(q('2020-08-18%'), [true, true]);
  });

  it('reads unspecified digits as the span they allow', () => {
    const decade = parseEventDate('201X');
    assert.equal(iso(decade.earliest), '2010-01-01T00:00:00.000Z');
    assert.equal(iso(decade.latest), '2019-12-31T23:59:59.999Z');
    assert.equal(iso(parseEventDate('20XX').latest), '2099-12-31T23:59:59.999Z');
    assert.equal(iso(parseEventDate('2020-XX').latest), '2020-12-31T23:59:59.999Z');
    assert.equal(iso(parseEventDate('2020-08-XX').latest), '2020-08-31T23:59:59.999Z');
  });

  it('reads seasons as meteorological seasons of the northern hemisphere', () => {
    assert.equal(iso(parseEventDate('2020-21').earliest), '2020-03-01T00:00:00.000Z');
    const winter = parseEventDate('2020-24');
    assert.equal(iso(winter.earliest), '2020-12-01T00:00:00.000Z');
    assert.equal(iso(winter.latest), '2021-02-28T23:59:59.999Z');
  });

  it('reads negative (astronomical) and long years', () => {
    const bce = parseEventDate('-0500');
    assert.equal(bce.type === 'point' && bce.year, -500);
    const long = parseEventDate('Y-170000002');
    assert.equal(long.type === 'point' && long.year, -170000002);
    assert.ok(long.earliest < parseEventDate('-9999').earliest);
  });
});

describe('parseEventDate: rejects with clear errors', () => {
  const message = (s: string) => {
    const result = tryParseEventDate(s);
    assert.ok('error' in result, `${s} should be rejected`);
    assert.ok(result.error instanceof EventDateError);
    return result.error.message;
  };

  it('suggests the EDTF form of dates written in words, in English, Kurdish and Arabic', () => {
    assert.equal(message('June 2019'), '"June 2019" is not an EDTF date; did you mean "2019-06"?');
    assert.equal(message('٢٠ی ئابی ٢٠٢٠'), '"٢٠ی ئابی ٢٠٢٠" is not an EDTF date; did you mean "2020-08-20"?');
    assert.equal(message('حوزەیرانی ٢٠١٩'), '"حوزەیرانی ٢٠١٩" is not an EDTF date; did you mean "2019-06"?');
    assert.equal(message('٢٠ آب ٢٠٢٠'), '"٢٠ آب ٢٠٢٠" is not an EDTF date; did you mean "2020-08-20"?');
    assert.match(message('August 20, 2020'), /did you mean "2020-08-20"/);
    assert.match(message('2019/6'), /did you mean "2019-06"/);
  });

  it('names what is out of range', () => {
    assert.match(message('2019-13'), /month 13 is out of range/);
    assert.match(message('2019-02-29'), /day 29 is out of range: 2019-02 has 28 days/);
    assert.match(message('2020-08-20T25:00:00'), /time 25:00:00 is out of range/);
    assert.match(message('2020/2019'), /ends \(2019\) before it starts \(2020\)/);
  });

  it('rejects what EDTF level 1 does not have', () => {
    for (const bad of ['', 'nonsense', '2019-6', '19', '../..', '2019/2020/2021', '201X-05', '-0000', '2020-21-01', '..', '2020-08-18T10:00']) {
      assert.ok('error' in tryParseEventDate(bad), `${JSON.stringify(bad)} should be rejected`);
    }
    assert.match(message('nonsense'), /expected an EDTF date such as 2019, 2019-06/);
  });
});

describe('parseEventDate: properties', () => {
  // From year 100: the edtf package builds its bounds with Date.UTC, which reads years 0–99 as 1900–1999.
  const dayArb = fc
    .record({ year: fc.integer({ min: 100, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ year, month, day }) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  const monthArb = dayArb.map((s) => s.slice(0, 7));
  const yearArb = dayArb.map((s) => s.slice(0, 4));
  const qualifier = fc.constantFrom('', '?', '~', '%');
  const pointArb = fc.tuple(fc.oneof(dayArb, monthArb, yearArb), qualifier).map(([d, q]) => d + q);

  it('agrees with the edtf package on earliest and latest instants (oracle)', () => {
    fc.assert(
      fc.property(fc.oneof(pointArb, fc.tuple(pointArb, pointArb).map(([a, b]) => (a < b ? `${a}/${b}` : `${b}/${a}`))), (text) => {
        const ours = tryParseEventDate(text);
        if ('error' in ours) return /ends .* before it starts/.test(ours.error.reason);
        let theirs;
        try {
          theirs = edtf(text);
        } catch {
          // edtf.js also rejects intervals whose end lies inside the start's period (2019/2019-06); we accept them.
          return ours.date.type === 'interval';
        }
        return ours.date.earliest === theirs.min && ours.date.latest === theirs.max;
      }),
      { numRuns: 2000 },
    );
  });

  it('reads years 0–99 as themselves (where the edtf package cannot serve as oracle)', () => {
    assert.equal(iso(parseEventDate('0003-01').earliest), '0003-01-01T00:00:00.000Z');
    assert.equal(iso(parseEventDate('0099').latest), '0099-12-31T23:59:59.999Z');
  });

  it('has earliest ≤ latest and keeps the input', () => {
    fc.assert(
      fc.property(pointArb, (text) => {
        const d = parseEventDate(text);
        return d.earliest <= d.latest && d.input === text;
      }),
    );
  });

  it('never throws anything but EventDateError, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        try {
          parseEventDate(text);
        } catch (error) {
          return error instanceof EventDateError && error.message.includes(JSON.stringify(text));
        }
        return true;
      }),
      { numRuns: 5000 },
    );
  });
});
