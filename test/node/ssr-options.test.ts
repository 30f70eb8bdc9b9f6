// The server renderer's options are the element's attributes that change what it renders (issue
// 19): each one shows in the rendered HTML and is written on the <event-timeline> tag, so that the
// browser's first render matches; a test fails when the element gains an attribute they miss.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { EventTimeline } from '../../src/event-timeline.component.js';
import { renderTimeline, renderTimelinePage, type RenderTimelineOptions } from '../../src/ssr/render-timeline.js';
import type { Numerals } from '../../src/dates/numerals.js';
import type { EventTimelineFormat, EventTimelineLayout, EventTimelineOrder, EventTimelineTheme } from '../../src/timeline-options.js';
import { EVERY_OPTION, hostAttributes } from './render-options-fixture.js';

const article = JSON.parse(readFileSync('data/kadhimi-washington-2020.json', 'utf8'));
const twain = JSON.parse(readFileSync('test/fixtures/timelinejs/marktwain.json', 'utf8'));

/**
 * The element's attributes that are deliberately not render options, and why. An attribute added
 * to the element must be made a render option or added here with its reason.
 */
const NOT_RENDER_OPTIONS = new Map([
  // About loading: the server is given the data (and the element never fetches unconnected).
  ['src', 'loading'],
  ['timeout', 'loading'],
  ['max-bytes', 'loading'],
  // The server writes the JSON-LD apart (RenderedTimeline.jsonLd) for the page's head; on the tag
  // too, the browser would write a second copy into the element when it hydrates.
  ['structured-data', 'rendered apart'],
  // A server-rendered page is a reader's page, and readers never see the developer panel. The
  // problems go where the server's developer reads them: `render` lists them on standard error,
  // `validateTimelineData`/`parseTimeline` return them. (The panel's module also loads on demand
  // in the browser, so a panel rendered on the server would not be there for the first render.)
  ['show-problems', 'developer panel'],
  // Titles <timeline-event> children only; the server renders data (checked below).
  ['label', 'children only'],
  // Where the reader is: the tab stop and the track's scroll (`start-at`) and the URL (`hash-links`)
  // are set once the script runs and the reader moves; the server's markup is the same either way.
  ['start-at', 'reader position'],
  ['hash-links', 'reader position'],
]);

/** True when A and B are the same type (checked by `tsc`, which `npm test` runs). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const elementOf = async (data: unknown, options: RenderTimelineOptions) => (await renderTimeline(data, options)).element;
const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, 'g'))?.length ?? 0;
/** The texts of the `<time>` elements, without Lit's markers. */
const dates = (element: string) => [...element.matchAll(/<time[^>]*>(.*?)<\/time>/g)].map(([, inner]) => inner!.replace(/<!--.*?-->/g, ''));
/** The `<script type="application/json">` the browser hydrates from. */
const inlineData = (element: string) => JSON.parse(/<script type="application\/json">(.*?)<\/script>/s.exec(element)![1]!);

describe('server render options', () => {
  it('every attribute the element observes is a render option written on the tag, or listed with its reason', async () => {
    const observed = EventTimeline.observedAttributes;
    const tag = hostAttributes(await elementOf(article, EVERY_OPTION));
    for (const attribute of observed) {
      assert.ok(tag.has(attribute) !== NOT_RENDER_OPTIONS.has(attribute), `${attribute}: ${NOT_RENDER_OPTIONS.has(attribute) ? 'listed as not an option, but on the tag' : 'neither on the tag nor listed as not an option'}`);
    }
    for (const attribute of NOT_RENDER_OPTIONS.keys()) assert.ok(observed.includes(attribute), `${attribute} is no longer an attribute of the element`);
    // The values as the element reads them.
    assert.deepEqual(
      [...tag].filter(([name]) => observed.includes(name)),
      [['lang', 'ckb'], ['dir', 'ltr'], ['layout', 'horizontal'], ['order', 'newest-first'], ['theme', 'dark'], ['heading-level', '3'], ['numerals', 'latn'], ['format', 'event-timeline'], ['gaps', ''], ['weekdays', ''], ['collapsed', '']],
    );
  });

  it('the options take the values the element’s properties take', () => {
    // Compile-time: the element types `format` inline, its other properties from the same sources.
    assert.ok(true satisfies Same<NonNullable<EventTimeline['format']>, EventTimelineFormat>);
    assert.ok(true satisfies Same<EventTimeline['numerals'], Numerals | undefined>);
    assert.ok(true satisfies Same<EventTimeline['layout'], EventTimelineLayout>);
    assert.ok(true satisfies Same<EventTimeline['theme'], EventTimelineTheme>);
    assert.ok(true satisfies Same<EventTimeline['order'], EventTimelineOrder>);
  });

  it('without options, the tag carries only the language, the layout and the theme', async () => {
    assert.deepEqual([...hostAttributes(await elementOf(article, {})).keys()], ['lang', 'layout', 'theme']);
  });

  it('dir forces the direction of the timeline and of the page', async () => {
    const kurdish = await renderTimeline(article, { lang: 'ckb', dir: 'ltr' });
    assert.equal(hostAttributes(kurdish.element).get('dir'), 'ltr');
    assert.match(kurdish.element, /<section[^>]* lang="ckb"\s+dir="ltr"/);
    assert.equal(kurdish.dir, 'ltr');
    assert.match(await renderTimelinePage(article, { lang: 'ckb', dir: 'ltr' }), /<html lang="ckb" dir="ltr">/);
    assert.match(await elementOf(article, { lang: 'en', dir: 'rtl' }), /<section[^>]* lang="en"\s+dir="rtl"/);
    assert.match(await elementOf(article, { lang: 'ckb' }), /<section[^>]* lang="ckb"\s+dir="rtl"/);
  });

  it('headingLevel sets the heading’s level, event titles one below', async () => {
    const headings = (element: string) => [...new Set(element.match(/<h\d/g))];
    assert.deepEqual(headings(await elementOf(article, { headingLevel: 3 })), ['<h3', '<h4']);
    assert.deepEqual(headings(await elementOf(article, { headingLevel: 1 })), ['<h1', '<h2']);
    assert.deepEqual(headings(await elementOf(article, {})), ['<h2', '<h3']);
  });

  it('numerals latn writes a Kurdish timeline’s dates with Latin digits; arab an English one’s with Arabic-Indic', async () => {
    assert.deepEqual(dates(await elementOf(article, { lang: 'ckb' })).slice(0, 3), ['حوزەیرانی ٢٠١٩', 'حوزەیرانی ٢٠٢٠', '١٨ی ئابی ٢٠٢٠']);
    const latin = dates(await elementOf(article, { lang: 'ckb', numerals: 'latn' }));
    assert.deepEqual(latin.slice(0, 3), ['حوزەیرانی 2019', 'حوزەیرانی 2020', '18ی ئابی 2020']);
    assert.ok(latin.every((date) => !/[٠-٩]/.test(date)), latin.join(' | '));
    assert.deepEqual(dates(await elementOf(article, { lang: 'en', numerals: 'arab' })).slice(0, 2), ['June ٢٠١٩', 'June ٢٠٢٠']);
  });

  it('collapsed renders a closed toggle per event with details, the details hidden', async () => {
    const collapsed = await elementOf(article, { lang: 'en', collapsed: true });
    assert.equal(count(collapsed, /part="toggle"/), 8);
    assert.equal(count(collapsed, /aria-expanded="false"/), 8);
    assert.equal(count(collapsed, /class="details"[^>]* hidden/), 8);
    const open = await elementOf(article, { lang: 'en' });
    assert.equal(count(open, /part="toggle"/), 0);
    assert.equal(count(open, /class="details"[^>]* hidden/), 0);
  });

  it('gaps and weekdays show the time between events and the weekday', async () => {
    const plain = await elementOf(article, { lang: 'en' });
    assert.equal(count(plain, /part="gap"/), 0);
    assert.equal(count(await elementOf(article, { lang: 'en', gaps: true }), /part="gap"/), 2);
    assert.equal(dates(plain)[2], '18 August 2020');
    assert.equal(dates(await elementOf(article, { lang: 'en', weekdays: true }))[2], 'Tuesday 18 August 2020');
  });

  it('TimelineJS is converted on the server, as the element would: detected, or with format timelinejs', async () => {
    for (const format of [undefined, 'timelinejs'] as const) {
      const element = await elementOf(twain, { lang: 'en', ...(format ? { format } : {}) });
      assert.equal(count(element, /<li role="listitem" part="event/), twain.events.length, `format ${format}`);
      assert.equal(count(element, /part="loading"/), 0);
      assert.ok(element.includes('Florida, Missouri'), 'a converted title');
      // The page carries the converted data, and tells the browser not to convert it again.
      const inline = inlineData(element);
      assert.equal(inline.events.length, twain.events.length);
      assert.ok(inline.events.every((event: { date?: unknown; start_date?: unknown }) => typeof event.date === 'string' && event.start_date === undefined), 'converted events');
      assert.equal(hostAttributes(element).get('format'), 'event-timeline');
    }
  });

  it('converted texts are in the reader’s language, else English, as the element’s', async () => {
    const kurdish = await renderTimeline(twain, { lang: 'ckb' });
    assert.equal(inlineData(kurdish.element).lang, 'ckb');
    assert.equal(kurdish.dir, 'rtl');
    assert.equal(inlineData(await elementOf(twain, {})).lang, 'en');
  });

  it('format event-timeline never converts', async () => {
    const element = await elementOf(twain, { lang: 'en', format: 'event-timeline' satisfies EventTimelineFormat });
    assert.deepEqual(inlineData(element), twain);
    assert.equal(count(element, /<li role="listitem" part="event/), 0);
    assert.equal(hostAttributes(element).get('format'), 'event-timeline');
    assert.equal(hostAttributes(await elementOf(article, {})).get('format'), undefined, 'data that needs no conversion: no attribute');
  });

  it('label changes nothing the server renders from data (when it does, make it a render option)', async () => {
    const untitled = { lang: 'en', events: article.events.map((event: { title: { en: string } }) => ({ ...event, title: event.title.en })) };
    await import('../../src/event-timeline.js');
    const shadowOf = (element: string) => element.slice(element.indexOf('<template'));
    const withLabel = await collectResult(render(html`<event-timeline lang="en" label="A label" .data=${untitled}></event-timeline>`));
    const without = await collectResult(render(html`<event-timeline lang="en" .data=${untitled}></event-timeline>`));
    assert.equal(hostAttributes(withLabel).get('label'), 'A label');
    assert.equal(shadowOf(withLabel), shadowOf(without));
    assert.ok(shadowOf(without).includes('>Timeline<'), 'the heading says Timeline');
  });
});
