import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fromTimelineJS, htmlToText, isTimelineJS, parseTimeline } from '../../src/data/index.js';
import { validateTimelineData } from '../../src/cli/validate-timeline-file.js';

const FIXTURES = 'test/fixtures/timelinejs';
const load = (name: string) => JSON.parse(readFileSync(`${FIXTURES}/${name}`, 'utf8'));
const twain = load('marktwain.json');
const media = load('all-media-types.json');

describe('fromTimelineJS: Mark Twain (marktwain.json)', () => {
  const { data, warnings } = fromTimelineJS(twain);
  const byIndex = (i: number) => data.events[i]!;

  it('imports every event, as valid data', () => {
    assert.equal(isTimelineJS(twain), true);
    assert.equal(data.events.length, twain.events.length);
    const report = validateTimelineData(data);
    assert.equal(report.errors, 0, JSON.stringify(report.problems));
    assert.equal(parseTimeline(data).timeline.events.length, 17);
  });

  it('keeps each date at its precision, times included, ranges as intervals', () => {
    twain.events.forEach((source: { start_date: Record<string, unknown>; end_date?: Record<string, unknown> }, i: number) => {
      const date = byIndex(i).date;
      const start = date.split('/')[0]!;
      const s = source.start_date;
      assert.ok(start.startsWith(String(s.year).padStart(4, '0')), `event ${i}: ${date}`);
      if (s.hour !== undefined && s.hour !== '') assert.match(start, /T\d\d:\d\d:\d\d$/, `event ${i} keeps its time`);
      else if (s.day) assert.match(start, /^\d{4}-\d\d-\d\d$/);
      else if (s.month) assert.match(start, /^\d{4}-\d\d$/);
      else assert.match(start, /^\d{4}$/);
      assert.equal(date.includes('/'), source.end_date !== undefined && JSON.stringify(source.end_date) !== JSON.stringify(source.start_date), `event ${i} range`);
    });
    assert.equal(byIndex(0).date, '1908-05-13');
    assert.equal(byIndex(1).date, '2000-01-05T06:45:56');
    assert.equal(byIndex(2).date, '1920-01-05T06:45:56/1923-01-05T06:45:56');
  });

  it('turns headlines and HTML text into text, keeping links', () => {
    twain.events.forEach((source: { text?: { headline?: string; text?: string } }, i: number) => {
      const event = byIndex(i);
      for (const field of [event.title, event.description ?? '']) assert.ok(!/<[a-z/!]/i.test(String(field)), `event ${i}: no markup left`);
      if (source.text?.headline) assert.equal(event.title, htmlToText(source.text.headline).text);
    });
    assert.equal(byIndex(1).title, 'Florida, Missouri');
    assert.equal(byIndex(1).description, 'Born in Florida, Missouri. Halley’s comet visible from earth.');
    // No headline: a title from the text, cut at a word.
    assert.match(String(byIndex(0).title), /^Samuel Langhorne Clemens .*…$/);
    assert.ok(String(byIndex(0).title).length <= 80);
  });

  it('keeps images as images and other media as links, and says so', () => {
    for (const [i, event] of data.events.entries()) {
      const url = twain.events[i].media?.url as string | undefined;
      if (!url) continue;
      if (/\.(jpe?g|png|gif)$/i.test(url)) assert.equal(event.media?.url, url, `event ${i}: an image`);
      else assert.ok(event.links?.some((l) => l.url === url), `event ${i}: a link to ${url}`);
    }
    assert.ok(warnings.some((w) => w.path === 'events[4].media' && /twitter\.com is not embedded; kept as a link/.test(w.message)));
  });

  it('reports what it cannot keep, naming the event', () => {
    const paths = warnings.map((w) => w.path);
    assert.ok(paths.includes('events[3].location'));
    assert.ok(paths.includes('events[8].background'));
    assert.ok(paths.includes('title.text.text'));
    assert.ok(warnings.find((w) => w.path === 'events[6].location')?.event === 'Itinerant Printer');
    for (const w of warnings) assert.ok(w.message.length > 10);
  });
});

describe('fromTimelineJS: all media types (all-media-types.json)', () => {
  const { data, warnings } = fromTimelineJS(media);

  it('imports every event with its year or month, groups as categories', () => {
    assert.equal(data.events.length, media.events.length);
    assert.equal(data.title, 'TimelineJS Media Types');
    media.events.forEach((source: { start_date: { year: string; month?: string }; group?: string; text: { headline: string } }, i: number) => {
      const event = data.events[i]!;
      const expected = source.start_date.month ? `${source.start_date.year}-${String(source.start_date.month).padStart(2, '0')}` : source.start_date.year;
      assert.equal(event.date, expected, `event ${i}`);
      assert.equal(event.title, htmlToText(source.text.headline).text);
      if (source.group) assert.equal(data.categories![event.category!], source.group);
    });
    assert.deepEqual(Object.values(data.categories!).sort(), ['Audio', 'HTML', 'Image', 'Social Media', 'Video']);
    assert.equal(validateTimelineData(data).errors, 0);
  });

  it('embeds only images; every other medium becomes a link or is reported as left out', () => {
    media.events.forEach((source: { media?: { url: string } }, i: number) => {
      const url = source.media?.url;
      if (!url) return;
      const event = data.events[i]!;
      const path = `events[${i}].media`;
      if (event.media) assert.ok(/\.(jpe?g|png|gif|webp|svg)(\?.*)?$/i.test(event.media.url));
      else if (event.links?.some((l) => l.url === url)) assert.ok(warnings.some((w) => w.path === path && /kept as a link/.test(w.message)), path);
      else assert.ok(warnings.some((w) => w.path === path && /left out/.test(w.message)), `${path} reported`);
    });
    assert.ok(warnings.some((w) => w.path === 'events[30].media' && /embedded HTML media/.test(w.message)));
  });

  it('reports lost formatting, never markup in the text', () => {
    for (const event of data.events) assert.ok(!/<[a-z/!]/i.test(`${event.title} ${event.description ?? ''}`), event.id);
    assert.ok(warnings.some((w) => w.path === 'events[0].text' && /HTML formatting is not kept \(code, em\)/.test(w.message)));
  });
});

describe('fromTimelineJS: edge cases', () => {
  const one = (event: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    fromTimelineJS({ title: { text: { headline: 'T' } }, events: [{ text: { headline: 'E' }, ...event }], ...extra });

  it('numbers, numeric strings, empty strings and null', () => {
    assert.equal(one({ start_date: { year: 1999, month: 7, day: null } }).data.events[0]!.date, '1999-07');
    assert.equal(one({ start_date: { year: '1999', month: '', day: '' } }).data.events[0]!.date, '1999');
    assert.equal(one({ start_date: { year: ' 2001 ', month: '02', day: 3, hour: 14 } }).data.events[0]!.date, '2001-02-03T14:00:00');
    const bad = one({ start_date: { year: '1999', month: 'June' } });
    assert.equal(bad.data.events[0]!.date, '1999');
    assert.match(bad.warnings[0]!.message, /month that is not a whole number/);
  });

  it('BCE years: TimelineJS counts without a year zero, EDTF with', () => {
    assert.equal(one({ start_date: { year: -44, month: 3, day: 15 } }).data.events[0]!.date, '-0043-03-15');
    assert.equal(one({ start_date: { year: '-13800000000' } }).data.events[0]!.date, 'Y-13799999999');
    const parsed = parseTimeline(one({ start_date: { year: -44 } }).data);
    assert.equal(parsed.timeline.events[0]!.date.type === 'point' && parsed.timeline.events[0]!.date.year, -43);
  });

  it('an end before the start is dropped and reported', () => {
    const result = one({ start_date: { year: 2020 }, end_date: { year: 2010 } });
    assert.equal(result.data.events[0]!.date, '2020');
    assert.match(result.warnings.find((w) => w.path === 'events[0].end_date')!.message, /ends \(2010\) before it starts \(2020\)/);
  });

  it('an event without start_date is left out and reported', () => {
    const result = one({});
    assert.equal(result.data.events.length, 0);
    assert.deepEqual(result.warnings.map((w) => [w.path, w.event]), [['events[0].start_date', 'E']]);
  });

  it('eras and scales are reported', () => {
    const result = one({ start_date: { year: 2000 } }, { eras: [{ start_date: { year: 1990 }, end_date: { year: 2000 }, text: { headline: 'The nineties' } }], scale: 'cosmological' });
    assert.ok(result.warnings.some((w) => w.path === 'eras[0]' && /The nineties/.test(w.message)));
    assert.ok(result.warnings.some((w) => w.path === 'scale'));
  });

  it('hostile HTML becomes inert text; unsafe links are left out and reported', () => {
    const result = one({
      start_date: { year: 2000 },
      text: { headline: '<img src=x onerror=alert(1)>Head<script>alert(2)</script>', text: '<p>Hi <a href="javascript:alert(3)">bad</a> and <a href="https://ok.example/">good</a></p>' },
      media: { url: 'javascript:alert(4)' },
    });
    const event = result.data.events[0]!;
    assert.equal(event.title, 'Head');
    assert.equal(event.description, 'Hi bad and good');
    assert.deepEqual(event.links, [{ url: 'https://ok.example/', label: 'good' }]);
    assert.ok(result.warnings.some((w) => /javascript:alert\(3\)/.test(w.message)));
    assert.ok(result.warnings.some((w) => w.path === 'events[0].media' && /left out/.test(w.message)));
  });

  it('duplicate unique_ids are renamed and reported', () => {
    const result = fromTimelineJS({ events: [{ unique_id: 'a', start_date: { year: 1 }, text: { headline: 'x' } }, { unique_id: 'a', start_date: { year: 2 }, text: { headline: 'y' } }] });
    assert.deepEqual(result.data.events.map((e) => e.id), ['a', 'a-2']);
    assert.ok(result.warnings.some((w) => w.path === 'events[1].unique_id'));
  });

  it('decodes entities and keeps paragraph breaks', () => {
    assert.equal(htmlToText('<p>Tom &amp; Huck&#8217;s &lt;raft&gt;</p><p>Second&nbsp;line<br>third</p>').text, 'Tom & Huck’s <raft>\n\nSecond line\nthird');
  });
});
