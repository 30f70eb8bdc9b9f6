// Issue 18, round two: data that a hostile or broken file can hold, through the data and date layers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromTimelineJS, htmlToText, parseTimeline, pickLocalizedText } from '../../src/data/index.js';
import { parseEventDate, EventDateError } from '../../src/dates/index.js';

const nested = (depth: number, leaf: unknown = 'x'): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
const base = { title: 't', lang: 'en' };

describe('HTML to text on adversarial markup', () => {
  it('an unclosed tag repeated 78,000 times is one tag left open at the end: dropped, as a browser does', () => {
    assert.equal(htmlToText('<a'.repeat(78_000)).text, '');
    assert.equal(htmlToText(`Growth ${'<a "'.repeat(50_000)}`).text, 'Growth');
    assert.equal(htmlToText(`Before<!${'<!'.repeat(50_000)}`).text, 'Before');
  });

  it('many lone "<" and deep nesting keep their text', () => {
    assert.equal(htmlToText('< '.repeat(50_000)).text, '<'.repeat(50_000).split('').join(' '));
    assert.equal(htmlToText(`${'<b>'.repeat(50_000)}deep${'</b>'.repeat(50_000)}`).text, 'deep');
  });

  it('tags that close still read as before, and "&constructor;" is no entity', () => {
    assert.equal(htmlToText('a<b and c>d').text, 'ad');
    assert.equal(htmlToText('x < y, <a href="https://e.org/">link</a>').text, 'x < y, link');
    assert.equal(htmlToText('&constructor; &toString; &amp;').text, '&constructor; &toString; &');
  });
});

describe('parseTimeline on deep, huge and odd values', () => {
  it('a value nested 10,000 levels deep is reported, not a stack overflow', () => {
    const { timeline, problems } = parseTimeline({ ...base, events: [{ id: 'a', date: '2020', title: { en: nested(10_000) } }, { id: 'b', date: '2021', title: 'kept', category: nested(10_000) }] });
    assert.deepEqual(timeline.events.map((e) => e.id), ['b']);
    assert.equal(problems.length, 2);
    assert.match(problems[0]!.message, /^expected a non-empty string, got a value nested too deeply at events\[0\]\.title\.en(\[0\]){16}$/);
    assert.match(problems[1]!.message, /nested too deeply at events\[1\]\.category\[0\]/);
  });

  it('a 1 MB bad value is quoted in at most about 80 characters, with an ellipsis', () => {
    const huge = 'x'.repeat(1_000_000);
    const { problems } = parseTimeline({ ...base, lang: huge, [huge]: 1, events: [{ id: `${huge} ${huge}`, date: huge, title: 't' }, { id: 'b', date: '2020', title: { [huge]: 'x' } }] });
    assert.equal(problems.length, 5);
    for (const problem of problems) {
      assert.ok(problem.message.length < 300, problem.message.slice(0, 400));
      assert.ok(problem.path.length < 100, problem.path.slice(0, 300));
      assert.match(problem.message, /x…"/);
    }
  });

  it('"__proto__" and "constructor" keys are own keys: no prototype lookups, no labels for undeclared categories', () => {
    const data = JSON.parse('{"title": "t", "lang": "en", "categories": {"__proto__": {"en": "Polluted"}, "constructor": "Builders"}, "events": [{"id": "a", "date": "2020", "title": "t", "category": "en"}, {"id": "b", "date": "2021", "title": "t", "category": "toString"}]}');
    const { timeline } = parseTimeline(data);
    assert.equal(timeline.categories['en'], undefined, 'a __proto__ label set no prototype');
    assert.equal(timeline.categories['toString'], undefined);
    assert.equal(timeline.categories['constructor'], 'Builders');
    assert.deepEqual(Object.keys(timeline.categories).sort(), ['__proto__', 'constructor']);
  });

  it('odd language keys are problems, and picking a text finds only own keys', () => {
    const { problems } = parseTimeline({ ...base, lang: 'constructor', title: JSON.parse('{"__proto__": "x"}'), events: [] });
    assert.deepEqual(problems.map((p) => p.path), ['lang', 'title.__proto__']);
    const text = JSON.parse('{"en": "English", "constructor": "odd"}');
    assert.deepEqual(pickLocalizedText(text, 'constructor', 'en'), { text: 'odd', lang: 'constructor' });
    assert.deepEqual(pickLocalizedText({ en: 'English' }, '__proto__', 'toString'), { text: 'English', lang: 'en' });
  });
});

describe('“did you mean” for the date forms editors type', () => {
  const hint = (input: string) => {
    try {
      parseEventDate(input);
    } catch (error) {
      assert.ok(error instanceof EventDateError);
      return error.message;
    }
    assert.fail(`${input} parsed`);
  };
  const means = (input: string, edtf: string) => assert.equal(hint(input), `${JSON.stringify(input)} is not an EDTF date; did you mean ${JSON.stringify(edtf)}?`);

  it('day/month/year in any digits and with any separator', () => {
    for (const input of ['18/08/2020', '١٨/٠٨/٢٠٢٠', '۱۸/۰۸/۲۰۲۰', '18.08.2020', '18-08-2020', '18/8/2020', '١٨ / ٨ / ٢٠٢٠', '\u200f18/08/2020\u202c']) means(input, '2020-08-18');
    means('08/18/2020', '2020-08-18');
    means('2020/08/18', '2020-08-18');
  });

  it('says when day and month could be either way round', () => {
    assert.equal(hint('08/06/2020'), '"08/06/2020" is not an EDTF date; did you mean "2020-06-08" (day/month) or "2020-08-06" (month/day)?');
    means('06/06/2020', '2020-06-06');
  });

  it('toISOString() output and a date with a time', () => {
    means('2020-08-18T14:30:00.000Z', '2020-08-18T14:30:00Z');
    means('2020-08-18 14:30', '2020-08-18T14:30:00');
    means('2020-08-18 14:30:05+03:00', '2020-08-18T14:30:05+03:00');
    means('18/08/2020 14:30', '2020-08-18T14:30:00');
  });

  it('no guess for what is no date, and a 1 MB input is quoted short', () => {
    assert.doesNotMatch(hint('31/31/2020'), /did you mean/);
    const message = hint(`18/08/2020${' '.repeat(1_000_000)}x`);
    assert.ok(message.length < 300);
    assert.doesNotMatch(message, /did you mean/);
  });
});

describe('fromTimelineJS: problems at the slide they come from', () => {
  it('a date parseTimeline rejects is reported at the original events[i] with its headline, and left out', () => {
    const { data, warnings } = fromTimelineJS({
      title: { text: { headline: 'T' } },
      events: ['not an event', { start_date: { year: 2020 }, text: { headline: 'Fine' } }, { start_date: { year: 2020, month: 2, day: 30 }, text: { headline: '<b>Leap</b> day' } }],
    });
    assert.deepEqual(data.events.map((e) => e.title), ['Fine']);
    const leap = warnings.find((w) => /day 30 is out of range/.test(w.message))!;
    assert.deepEqual([leap.path, leap.event], ['events[2].start_date', 'Leap day']);
    assert.match(leap.message, /left out$/);
    assert.deepEqual(parseTimeline(data).problems, [], 'what comes out is clean');
  });

  it('deep, huge and non-text values never throw; names and messages stay short', () => {
    const huge = `<p>${'y'.repeat(1_000_000)}</p>`;
    const result = fromTimelineJS({ events: [{ start_date: { year: nested(10_000), month: nested(10_000) }, text: { headline: nested(10_000) } }, { start_date: { year: 2020, day: -5, month: 3 }, text: { headline: huge, text: nested(10_000) }, media: { url: nested(10_000) }, type: {} }] });
    assert.deepEqual(result.data.events.map((e) => e.date), ['2020-03']);
    assert.ok(result.warnings.some((w) => w.path === 'events[0].start_date' && /nested too deeply/.test(w.message)));
    assert.ok(result.warnings.some((w) => w.path === 'events[1].start_date' && /day -5 is out of range/.test(w.message)));
    for (const w of result.warnings) assert.ok(w.message.length + (w.event ?? '').length < 300, w.message.slice(0, 300));
  });
});
