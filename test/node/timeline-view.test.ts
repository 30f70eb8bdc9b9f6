// The element's view model and its keyboard and deep-link rules, in Node: no Lit, no DOM.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import './fast-check-seed.js';
import { eventIdOfHash } from '../../src/controllers/deep-link-controller.js';
import { targetIndex } from '../../src/controllers/roving-focus-controller.js';
import { parseTimeline } from '../../src/data/parse-timeline.js';
import { eventDateLocaleFor } from '../../src/dates/locales/index.js';
import { categoriesOf, categoryColors, DateTextCache, gapBefore, nowMarkerBefore, numeralsFor, pickText, visibleEvents } from '../../src/view/timeline-view.js';

const { timeline } = parseTimeline(JSON.parse(readFileSync('data/kadhimi-washington-2020.json', 'utf8')));
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('timeline view model', () => {
  it('counts categories in order of first use and colours them 1–6 in that order', () => {
    assert.deepEqual(categoriesOf(timeline), [['economy', 2], ['security', 1], ['diplomacy', 3], ['energy', 2]]);
    assert.deepEqual([...categoryColors(timeline)], [['economy', 1], ['security', 2], ['diplomacy', 3], ['energy', 4]]);
  });

  it('shows every event with no filter, and only the chosen categories in order with one', () => {
    assert.equal(visibleEvents(timeline, new Set()), timeline.events);
    assert.deepEqual(ids(visibleEvents(timeline, new Set(['energy', 'economy']))), [
      'trade-investment-agreement',
      'energy-agreements-signed',
      'trade-framework-meeting',
      'energy-committee-meeting',
    ]);
  });

  it('puts the "at the time of writing" marker before the first event still to come', () => {
    assert.equal(nowMarkerBefore(timeline, timeline.events)?.id, 'white-house-meeting');
    const past = visibleEvents(timeline, new Set(['security']));
    assert.equal(nowMarkerBefore(timeline, past), undefined);
  });

  it('newest first: shows the events in reverse, the marker between the last event to come and the newest past one', () => {
    const reversed = visibleEvents(timeline, new Set(), true);
    assert.deepEqual(reversed.map((e) => e.id), [...timeline.events].reverse().map((e) => e.id));
    const marker = nowMarkerBefore(timeline, reversed, true)!;
    const at = reversed.indexOf(marker);
    assert.ok(at > 0, 'after the events still to come');
    assert.ok(!marker.status && reversed[at - 1]!.status, 'between the last upcoming event and the newest past one');
    assert.equal(nowMarkerBefore(timeline, visibleEvents(timeline, new Set(['security']), true), true), undefined, 'no upcoming event: no marker');
  });

  it('writes the gap from the previous shown event, in the reader’s language and digits', () => {
    const locale = eventDateLocaleFor('ckb');
    assert.equal(gapBefore(timeline.events, 0, { locale, numerals: 'arab' }), undefined);
    assert.match(gapBefore(timeline.events, 1, { locale: eventDateLocaleFor('en'), numerals: 'latn' }) ?? '', /12 months later/);
    assert.match(gapBefore(timeline.events, 1, { locale, numerals: 'arab' }) ?? '', /١٢/);
  });

  it('takes the page’s digits when it chose them, else the language’s own', () => {
    const [ckb, en, fa] = [eventDateLocaleFor('ckb'), eventDateLocaleFor('en'), eventDateLocaleFor('fa')];
    assert.equal(numeralsFor(ckb, undefined), 'arab');
    assert.equal(numeralsFor(ckb, 'latn'), 'latn');
    assert.equal(numeralsFor(ckb, 'arabext'), 'arabext');
    assert.equal(numeralsFor(en, undefined), 'latn');
    assert.equal(numeralsFor(en, 'bogus'), 'latn');
    assert.equal(numeralsFor(fa, undefined), 'arabext', 'Persian writes Persian digits (Intl)');
    assert.equal(numeralsFor(en, 'deva'), 'deva', 'any numbering system Intl knows');
  });

  it('picks texts in the reader’s language, else the data’s', () => {
    assert.equal(pickText(timeline, { en: 'Hello', ckb: 'سڵاو' }, 'ckb')?.text, 'سڵاو');
    assert.deepEqual(pickText(timeline, 'plain', 'en'), { text: 'plain', lang: 'ckb' });
  });

  it('formats each event’s date once per language and options', () => {
    const cache = new DateTextCache();
    const event = timeline.events[0]!;
    const en = { locale: eventDateLocaleFor('en'), numerals: 'latn' as const, weekdays: false };
    assert.equal(cache.get(event, en), 'June 2019');
    assert.equal(cache.get(event, en), cache.get(event, { ...en }));
    assert.equal(cache.get(event, { locale: eventDateLocaleFor('ckb'), numerals: 'arab', weekdays: false }), 'حوزەیرانی ٢٠١٩');
  });
});

describe('keys (roving focus)', () => {
  it('mirrors left and right in right-to-left text; up, down, Home and End do not', () => {
    assert.equal(targetIndex('ArrowRight', 2, 5, false), 3);
    assert.equal(targetIndex('ArrowRight', 2, 5, true), 1);
    assert.equal(targetIndex('ArrowLeft', 2, 5, true), 3);
    assert.equal(targetIndex('ArrowDown', 2, 5, true), 3);
    assert.equal(targetIndex('Home', 2, 5, true), 0);
    assert.equal(targetIndex('End', 2, 5, false), 4);
    assert.equal(targetIndex('a', 2, 5, false), undefined);
  });

  it('never leaves the list', () => {
    const keys = fc.constantFrom('ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End');
    fc.assert(
      fc.property(keys, fc.integer({ min: 1, max: 50 }), fc.nat(), fc.boolean(), (key, length, at, rtl) => {
        const target = targetIndex(key, at % length, length, rtl)!;
        return target >= 0 && target < length;
      }),
    );
  });
});

describe('deep links', () => {
  it('reads the event id from the hash, decoded, or as written when it is not percent-encoding', () => {
    assert.equal(eventIdOfHash('#white-house-meeting'), 'white-house-meeting');
    assert.equal(eventIdOfHash('#%DA%A9'), 'ک');
    // `#100%` reaches the id `100%`: a hand-typed link is not malformed encoding.
    assert.equal(eventIdOfHash('#100%'), '100%');
    assert.equal(eventIdOfHash('#%E0%A4%A'), '%E0%A4%A');
    assert.equal(eventIdOfHash('#'), undefined);
    assert.equal(eventIdOfHash(''), undefined);
  });
});
