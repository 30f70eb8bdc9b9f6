import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import './fast-check-seed.js';
import { EventDateError, parseEventDate } from '../../src/dates/index.js';
import { fromTimelineJS, parseTimeline } from '../../src/data/index.js';

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

// Adversarial values: nesting far past any stack, strings of a megabyte, markup that never closes,
// keys that name Object.prototype's properties.
const deep = fc.integer({ min: 1_000, max: 20_000 }).map((depth) => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { en: value };
  return value;
});
const hugeString = fc.tuple(fc.constantFrom('x', ' ', '<a', '<a "', '<!', '&amp', '١٨/', '<b>', '2020-', '\u202e'), fc.integer({ min: 10_000, max: 200_000 })).map(([unit, n]) => unit.repeat(n));
const oddKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'en', 'ckb', '');
// Object.fromEntries makes "__proto__" an own key, as JSON.parse does for a file from the network.
const objectOf = (key: fc.Arbitrary<string>, value: fc.Arbitrary<unknown>, maxLength: number) =>
  fc.array(fc.tuple(key, value), { maxLength }).map((entries) => Object.fromEntries(entries) as Record<string, unknown>);
const hostileValue = fc.oneof(deep, hugeString, fc.string(), fc.integer(), fc.constant(null), objectOf(oddKey, fc.oneof(fc.string(), deep, hugeString), 4));
const hostileObject = objectOf(fc.oneof(oddKey, fc.constantFrom('id', 'date', 'title', 'description', 'category', 'media', 'links', 'text', 'headline', 'start_date', 'year', 'month', 'url', 'caption')), hostileValue, 6);

describe('fuzz: hostile documents', () => {
  it('parseTimeline never throws, reports problems and finishes, whatever the depth, size or keys', () => {
    const doc = fc.record({ title: hostileValue, lang: fc.oneof(hostileValue, oddKey), categories: fc.oneof(hostileObject, hostileValue), events: fc.array(fc.oneof(hostileObject, hostileValue), { maxLength: 4 }) }, { requiredKeys: [] });
    fc.assert(
      fc.property(doc, (data) => {
        const { timeline, problems } = parseTimeline(data);
        assert.ok(problems.length > 0, 'hostile data has problems');
        for (const problem of problems) assert.ok(problem.message.length < 2_000 && problem.path.length < 2_000, problem.message.slice(0, 200));
        for (const key of ['constructor', 'toString', 'en']) if (!Object.hasOwn(timeline.categories, key)) assert.equal(timeline.categories[key], undefined);
      }),
      { numRuns: 150 },
    );
  });

  it('fromTimelineJS never throws, reports what it leaves, and what it returns parses cleanly', () => {
    const slide = fc.record({ start_date: fc.oneof(hostileObject, fc.record({ year: fc.oneof(fc.integer(), hostileValue), month: fc.oneof(fc.integer(), hostileValue), day: fc.integer() })), text: fc.oneof(fc.record({ headline: hostileValue, text: hostileValue }), hostileValue), media: fc.oneof(hostileObject, hostileValue), unique_id: fc.oneof(oddKey, hostileValue), group: fc.oneof(oddKey, hostileValue) }, { requiredKeys: [] });
    const file = fc.record({ title: fc.oneof(hostileValue, fc.record({ text: fc.record({ headline: hostileValue }) })), events: fc.array(fc.oneof(slide, hostileValue), { minLength: 1, maxLength: 4 }) }, { requiredKeys: [] });
    fc.assert(
      fc.property(file, (json) => {
        const { data, warnings } = fromTimelineJS(json);
        assert.ok(warnings.length > 0, 'hostile data has warnings');
        for (const w of warnings) assert.ok(w.message.length < 2_000 && w.path.length < 2_000 && (w.event ?? '').length < 200, w.message.slice(0, 200));
        assert.deepEqual(parseTimeline(data).problems, []);
      }),
      { numRuns: 150 },
    );
  });
});
