// The reader's language (ReaderLanguageController): the element's own `lang`, else the nearest
// ancestor's, else the document's, followed as it changes, UI strings included.
//
// This file puts an element in the page *before* the element is defined, as a page with the
// script at the end does, so the upgrade path is what is tested here: the harness does not define
// the element when imported.
import { expect, html, waitUntil } from '@open-wc/testing';
import { ARTICLE, defineTimeline, part, place, shadow, type EventTimeline } from './harness.js';

const summary = (el: EventTimeline) => shadow(el).querySelector('[part~="date-note"] summary')?.textContent?.trim();
const firstDate = (el: EventTimeline) => shadow(el).querySelector('time')?.textContent?.trim();

// Elements in the page before the tag is defined; they stay for every test of this file.
let early: HTMLElement;
let declared: HTMLElement;
let readableBeforeScript = '';

before(async () => {
  document.documentElement.lang = 'ckb';
  early = document.createElement('event-timeline');
  early.setAttribute('src', ARTICLE);
  document.body.append(early);
  declared = document.createElement('div');
  // No lang of its own: it reads in the document's Kurdish, its content is marked English.
  declared.innerHTML = `<event-timeline label="Written in HTML">
    <timeline-event date="2019-06" lang="en"><h3>Readable without script</h3><p>Plain HTML first.</p></timeline-event>
  </event-timeline>`;
  document.body.append(declared);
  readableBeforeScript = declared.innerText;
  await defineTimeline();
});

after(() => {
  early.remove();
  declared.remove();
  document.documentElement.lang = 'en';
});

describe('language and direction: the document’s, followed', () => {
  it('an element upgraded after it was in the page follows the document language, strings included', async () => {
    const el = early as EventTimeline;
    await waitUntil(() => summary(el) === 'ئەم رێکەوتە چۆن دیاریکرا', 'Kurdish UI strings', { timeout: 5000 });
    expect(firstDate(el)).to.equal('حوزەیرانی ٢٠١٩');
    expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
  });

  it('events written as <timeline-event> are readable before the script runs, then rendered by it', async () => {
    expect(readableBeforeScript).to.contain('Readable without script');
    expect(readableBeforeScript).to.contain('Plain HTML first.');
    const el = declared.querySelector('event-timeline') as EventTimeline;
    await waitUntil(() => part(el, 'title'), 'rendered', { timeout: 5000 });
    const title = part(el, 'title')!;
    expect(title.textContent).to.equal('Readable without script');
    expect(title.lang).to.equal('en');
    expect(shadow(el).querySelector('time')!.textContent).to.equal('حوزەیرانی ٢٠١٩');
  });

  it('switching the document language re-renders strings and dates without reloading', async () => {
    const el = early as EventTimeline;
    await waitUntil(() => summary(el) === 'ئەم رێکەوتە چۆن دیاریکرا', 'Kurdish first', { timeout: 5000 });
    document.documentElement.lang = 'en';
    await waitUntil(() => summary(el) === 'How this date was worked out', 'English UI strings', { timeout: 5000 });
    expect(firstDate(el)).to.equal('June 2019');
    document.documentElement.lang = 'ar';
    await waitUntil(() => summary(el) === 'كيف حُدِّد هذا التاريخ', 'Arabic UI strings', { timeout: 5000 });
    expect(firstDate(el)).to.equal('حزيران ٢٠١٩');
    document.documentElement.lang = 'ckb';
    await waitUntil(() => summary(el) === 'ئەم رێکەوتە چۆن دیاریکرا', 'back to Kurdish', { timeout: 5000 });
  });
});

describe('language and direction: the element’s own, or an ancestor’s', () => {
  it('its own lang attribute wins over the document’s', async () => {
    const el = await place<HTMLDivElement>(html`<div lang="ckb"><event-timeline lang="en" src=${ARTICLE}></event-timeline></div>`);
    const timeline = el.querySelector('event-timeline')!;
    await waitUntil(() => summary(timeline) === 'How this date was worked out', 'English', { timeout: 5000 });
    expect(getComputedStyle(part(timeline, 'base')!).direction).to.equal('ltr');
  });

  it('without a lang of its own, it reads in the nearest ancestor’s language, not the document’s', async () => {
    // The document is in Kurdish here; the ancestor says Arabic.
    const wrapper = await place<HTMLDivElement>(html`<div lang="ar"><section><event-timeline src=${ARTICLE}></event-timeline></section></div>`);
    const el = wrapper.querySelector('event-timeline')!;
    await waitUntil(() => summary(el) === 'كيف حُدِّد هذا التاريخ', 'Arabic UI strings', { timeout: 5000 });
    expect(firstDate(el)).to.equal('حزيران ٢٠١٩');
    expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
  });
});
