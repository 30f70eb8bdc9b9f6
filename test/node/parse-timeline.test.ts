import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import './fast-check-seed.js';
import { formatProblem, parseTimeline, pickLocalizedText } from '../../src/data/index.js';

const article = JSON.parse(readFileSync('data/kadhimi-washington-2020.json', 'utf8'));
const schema = JSON.parse(readFileSync('schema/event-timeline.schema.json', 'utf8'));
// The article the data was derived from, copied into the repository with its translation.
const seed = readFileSync('test/fixtures/seed/article-ckb.txt', 'utf8');
const validateSchema = new Ajv2020({ allErrors: true }).compile(schema);
const base = { title: 't', lang: 'en' };

describe('the article timeline (data/kadhimi-washington-2020.json)', () => {
  it('is valid against the JSON Schema and has no problems', () => {
    assert.ok(validateSchema(article), JSON.stringify(validateSchema.errors));
    assert.deepEqual(parseTimeline(article).problems, []);
  });

  it('has the four named events, in chronological order, with the dates the article gives', () => {
    const { timeline } = parseTimeline(article);
    const byId = new Map(timeline.events.map((e, i) => [e.id, { e, i }]));
    const expected = [
      ['trade-investment-agreement', '2019-06'],
      ['strategic-dialogue-begins', '2020-06'],
      ['delegation-departs', '2020-08-18'],
      ['white-house-meeting', '2020-08-20'],
    ] as const;
    let last = -1;
    for (const [id, date] of expected) {
      const found = byId.get(id);
      assert.ok(found, id);
      assert.equal(found.e.date.input, date);
      assert.ok(found.i > last, `${id} is in order`);
      last = found.i;
    }
  });

  it('resolves "Tuesday" against the article’s date, Thursday 20 August 2020', () => {
    const published = new Date(parseTimeline(article).timeline.published!.earliest);
    assert.equal(published.getUTCDay(), 4);
    const departure = parseTimeline(article).timeline.events.find((e) => e.id === 'delegation-departs')!;
    const day = new Date(departure.date.earliest);
    assert.equal(day.getUTCDay(), 2);
    assert.equal((published.getTime() - day.getTime()) / 86_400_000, 2);
  });

  it('quotes the article verbatim, in the paragraph it names', () => {
    const paragraphs = seed.split(/\s{2,}/).map((p) => p.trim()).filter(Boolean);
    assert.equal(paragraphs.length, 23);
    for (const event of article.events) {
      assert.ok(paragraphs[event.source.paragraph]!.includes(event.source.quote), `${event.id}: quote not in paragraph ${event.source.paragraph}`);
    }
  });

  it('claims no exact day the article does not give, and marks what was still to come', () => {
    const { timeline } = parseTimeline(article);
    const ids = (pred: (e: (typeof timeline.events)[number]) => boolean) => timeline.events.filter(pred).map((e) => e.id);
    assert.deepEqual(ids((e) => e.status !== undefined), ['white-house-meeting', 'trade-framework-meeting', 'energy-committee-meeting']);
    assert.deepEqual(ids((e) => e.date.type === 'interval'), ['pompeo-receives-kadhimi', 'energy-agreements-signed', 'trade-framework-meeting', 'energy-committee-meeting']);
    for (const event of article.events) assert.ok(event.title.ckb && event.title.en, `${event.id} has Kurdish and English titles`);
  });
});

describe('parseTimeline: problems are reported with their path, the rest still renders', () => {
  const problemsOf = (events: unknown[], extra = {}) => parseTimeline({ ...base, ...extra, events }).problems.map(formatProblem);

  it('a bad date', () => {
    const { timeline, problems } = parseTimeline({ ...base, events: [{ id: 'a', date: '2019', title: 'ok' }, { id: 'b', date: 'June 2019', title: 'x' }] });
    assert.equal(timeline.events.length, 1);
    assert.deepEqual(problems.map(formatProblem), ['events[1].date: "June 2019" is not an EDTF date; did you mean "2019-06"?']);
  });

  it('duplicate ids', () => {
    assert.deepEqual(problemsOf([{ id: 'a', date: '2019', title: 'x' }, { id: 'a', date: '2020', title: 'y' }]), [
      'events[1].id: duplicate id "a": already used by events[0]',
    ]);
  });

  it('unknown fields are warnings, and the event is kept', () => {
    const { timeline, problems } = parseTimeline({ ...base, events: [{ id: 'a', date: '2019', title: 'x', colour: 'red' }] });
    assert.equal(timeline.events.length, 1);
    assert.deepEqual(problems, [{ path: 'events[0].colour', message: 'unknown field "colour" is ignored', severity: 'warning' }]);
  });

  it('wrong types, empty events, missing titles, out-of-range dates', () => {
    assert.deepEqual(problemsOf([{ id: 1, date: 2019, title: 'x' }]), [
      'events[0].id: expected a non-empty string without spaces, got 1',
      'events[0].date: expected an EDTF date string such as "2019-06", got number',
    ]);
    assert.deepEqual(problemsOf([{}]), ['events[0]: the event is empty: it needs at least "id", "date" and "title"']);
    assert.deepEqual(problemsOf(['x']), ['events[0]: expected an event object, got string']);
    assert.deepEqual(problemsOf([{ id: 'a', date: '2019' }]), ['events[0].title: missing: every event needs a title']);
    assert.deepEqual(problemsOf([{ id: 'a', date: '2019-02-30', title: 'x' }]), [
      'events[0].date: "2019-02-30" is not an EDTF date: day 30 is out of range: 2019-02 has 28 days',
    ]);
  });

  it('a document that is not a timeline', () => {
    assert.deepEqual(parseTimeline(null).problems.map(formatProblem), ['expected an object with "title", "lang" and "events", got null']);
    assert.deepEqual(parseTimeline({ title: 't', events: [] }).problems.map(formatProblem), ['lang: missing: the language of the source, e.g. "ckb"']);
  });

  it('upcoming events: after `published` they are scheduled', () => {
    const { timeline } = parseTimeline({ ...base, published: '2020-08-20', events: [{ id: 'a', date: '2020-09', title: 'x' }, { id: 'b', date: '2020-08-01', title: 'y' }] });
    assert.deepEqual(timeline.events.map((e) => [e.id, e.status]), [['b', undefined], ['a', 'scheduled']]);
  });

  it('agrees with the JSON Schema on what is an error, for arbitrary events (fuzz)', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constantFrom('2019', '2019-06', 'June 2019', 'ckb', ''));
    const eventArb = fc.dictionary(fc.constantFrom('id', 'date', 'title', 'description', 'category', 'status'), value);
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 4 }), (events) => {
        const data = { ...base, events };
        const { problems, timeline } = parseTimeline(data);
        const schemaOk = validateSchema(data);
        const ours = problems.length === 0;
        // The schema does not know duplicate ids, day ranges or that "" is no id; otherwise they agree.
        if (ours) assert.ok(schemaOk, JSON.stringify({ events, errors: validateSchema.errors }));
        assert.ok(timeline.events.length <= events.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('pickLocalizedText', () => {
  const text = { ckb: 'کوردی', en: 'English', 'ar-IQ': 'عربي' };
  it('follows the fallback chain: exact tag, base language, English, the data’s language, the first', () => {
    assert.deepEqual(pickLocalizedText(text, 'en', 'ckb'), { text: 'English', lang: 'en' });
    assert.deepEqual(pickLocalizedText(text, 'en-GB', 'ckb'), { text: 'English', lang: 'en' });
    assert.deepEqual(pickLocalizedText(text, 'ar', 'ckb'), { text: 'عربي', lang: 'ar-IQ' });
    // A French reader of a Kurdish timeline translated into English reads the English.
    assert.deepEqual(pickLocalizedText(text, 'fr', 'ckb'), { text: 'English', lang: 'en' });
    assert.deepEqual(pickLocalizedText({ ckb: 'کوردی', ar: 'عربي' }, 'fr', 'ckb'), { text: 'کوردی', lang: 'ckb' });
    assert.deepEqual(pickLocalizedText({ 'en-US': 'US', ckb: 'کوردی' }, 'fa', 'ckb'), { text: 'US', lang: 'en-US' });
    assert.deepEqual(pickLocalizedText({ en: 'only' }, 'fr', 'ckb'), { text: 'only', lang: 'en' });
    assert.deepEqual(pickLocalizedText('plain', 'en', 'ckb'), { text: 'plain', lang: 'ckb' });
  });
});
