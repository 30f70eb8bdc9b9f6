import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import './fast-check-seed.js';
import { EventDateError, parseEventDate } from '../../src/dates/index.js';
import { parseTimeline } from '../../src/data/index.js';

// Values shaped like timeline data, so that the fuzzer reaches deep into the validator.
const field = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.json(), fc.constantFrom('2019-06', '2020-08-18/..', 'ckb', '', '__proto__', 'constructor'));
const localized = fc.oneof(field, fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('en', 'ckb', '__proto__')), field));
const eventArb = fc.record(
  { id: field, date: field, title: localized, description: localized, category: field, status: field, dateWording: localized, dateNote: localized, source: fc.anything(), media: fc.anything(), links: fc.anything() },
  { requiredKeys: [] },
);
const documentArb = fc.oneof(
  fc.anything(),
  fc.record({ title: localized, lang: field, published: field, categories: fc.anything(), source: fc.anything(), events: fc.oneof(fc.array(eventArb, { maxLength: 8 }), fc.anything()) }, { requiredKeys: [] }),
);

describe('fuzz: parsing and validation over arbitrary JSON', () => {
  it('parseTimeline never throws and never hangs; what it keeps is valid', () => {
    fc.assert(
      fc.property(documentArb, (data) => {
        const start = performance.now();
        const { timeline, problems } = parseTimeline(data);
        assert.ok(performance.now() - start < 1000, 'bounded time');
        assert.ok(Array.isArray(problems));
        for (const event of timeline.events) {
          assert.equal(typeof event.id, 'string');
          assert.ok(event.date.earliest <= event.date.latest);
        }
        // Sorted: never out of order.
        for (let i = 1; i < timeline.events.length; i++) assert.ok(timeline.events[i - 1]!.date.earliest <= timeline.events[i]!.date.earliest || timeline.events[i]!.date.type === 'interval');
      }),
      { numRuns: 2000 },
    );
  });

  it('parseTimeline survives JSON text from the fuzzer, parsed', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        parseTimeline(JSON.parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('parseEventDate throws only EventDateError, for strings of date-like characters', () => {
    const dateChars = fc.string({ unit: fc.constantFrom(...'0123456789-/.XY?~%TZ:+ ', 'ی', '٢', '٠'), maxLength: 30 });
    fc.assert(
      fc.property(dateChars, (text) => {
        try {
          parseEventDate(text);
        } catch (error) {
          assert.ok(error instanceof EventDateError, String(error));
        }
      }),
      { numRuns: 5000 },
    );
  });
});
