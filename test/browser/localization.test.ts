import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { EventTimeline } from '../../src/event-timeline.js';

// This file puts an element in the page *before* the element is defined, as a page with the
// script at the end does, so the upgrade path is what is tested here.
const ARTICLE = '/data/kadhimi-washington-2020.json';
const shadow = (el: EventTimeline) => el.shadowRoot!;
const summary = (el: EventTimeline) => shadow(el).querySelector('[part~="date-note"] summary')?.textContent?.trim();
const firstDate = (el: EventTimeline) => shadow(el).querySelector('time')?.textContent?.trim();

describe('language and direction', () => {
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
    await import('../../src/event-timeline.js');
  });

  after(() => {
    early.remove();
    declared.remove();
    document.documentElement.lang = 'en';
  });

  it('an element upgraded after it was in the page follows the document language, strings included', async () => {
    const el = early as EventTimeline;
    await waitUntil(() => summary(el) === 'ئەم رێکەوتە چۆن دیاریکرا', 'Kurdish UI strings', { timeout: 5000 });
    expect(firstDate(el)).to.equal('حوزەیرانی ٢٠١٩');
    expect(getComputedStyle(shadow(el).querySelector('[part~="base"]')!).direction).to.equal('rtl');
  });

  it('events written as <timeline-event> are readable before the script runs, then rendered by it', async () => {
    expect(readableBeforeScript).to.contain('Readable without script');
    expect(readableBeforeScript).to.contain('Plain HTML first.');
    const el = declared.querySelector('event-timeline') as EventTimeline;
    await waitUntil(() => shadow(el).querySelector('[part~="title"]'), 'rendered', { timeout: 5000 });
    const title = shadow(el).querySelector<HTMLElement>('[part~="title"]')!;
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

  it('its own lang attribute wins over the document’s', async () => {
    const el = await fixture<EventTimeline>(html`<div lang="ckb"><event-timeline lang="en" src=${ARTICLE}></event-timeline></div>`);
    const timeline = el.querySelector('event-timeline')!;
    await waitUntil(() => summary(timeline) === 'How this date was worked out', 'English', { timeout: 5000 });
    expect(getComputedStyle(shadow(timeline).querySelector('[part~="base"]')!).direction).to.equal('ltr');
  });

  it('mirrors the layout: the marker is on the right in Kurdish and on the left in English', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 600px">
      <event-timeline lang="ckb" src=${ARTICLE}></event-timeline>
      <event-timeline lang="en" src=${ARTICLE}></event-timeline>
    </div>`);
    const [ckb, en] = [...wrapper.querySelectorAll('event-timeline')];
    await waitUntil(() => shadow(ckb!).querySelector('[part~="marker"]') && shadow(en!).querySelector('[part~="marker"]'), 'rendered', { timeout: 5000 });
    const side = (el: EventTimeline) => {
      const marker = shadow(el).querySelector('[part~="marker"]')!.getBoundingClientRect();
      const title = shadow(el).querySelector('[part~="title"]')!.getBoundingClientRect();
      return { marker, title };
    };
    const k = side(ckb!);
    expect(k.marker.left, 'Kurdish marker right of the title').to.be.greaterThan(k.title.right - 1);
    const e = side(en!);
    expect(e.marker.right, 'English marker left of the title').to.be.lessThan(e.title.left + 1);
  });

  it('falls back along the chain for a missing translation: the data’s language', async () => {
    const data = {
      title: { ckb: 'تاقیکردنەوە' },
      lang: 'ckb',
      events: [{ id: 'a', date: '2019-06', title: { ckb: 'تەنها کوردی' }, description: { en: 'English only' } }],
    };
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en" .data=${data}></event-timeline>`);
    const title = shadow(el).querySelector<HTMLElement>('[part~="title"]')!;
    expect(title.textContent).to.equal('تەنها کوردی');
    expect(title.lang).to.equal('ckb');
    expect(title.dir).to.equal('rtl');
    const description = shadow(el).querySelector<HTMLElement>('[part~="description"]')!;
    expect(description.lang).to.equal('en');
    expect(description.dir).to.equal('ltr');
  });

  it('isolates Latin names inside Kurdish text', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="ckb" src=${ARTICLE}></event-timeline>`);
    await waitUntil(() => shadow(el).querySelector('[part~="description"]'), 'rendered', { timeout: 5000 });
    const bdis = [...shadow(el).querySelectorAll('[part~="description"] bdi')].map((b) => b.textContent);
    expect(bdis).to.include('Baker Hughes');
    expect(bdis).to.include('UOP');
  });

  it('keeps a Latin name with a comma in it in reading order inside Kurdish text', async () => {
    const data = {
      title: { ckb: 'سەردان' },
      lang: 'ckb',
      events: [{ id: 'a', date: '2020-08-20', title: { ckb: 'گەیشتنە Washington, D.C. بۆ دیدار' } }],
    };
    const el = await fixture<EventTimeline>(html`<event-timeline lang="ckb" style="width: 900px" .data=${data}></event-timeline>`);
    const name = shadow(el).querySelector<HTMLElement>('[part~="title"] bdi')!;
    expect(name.textContent).to.equal('Washington, D.C.');
    const text = [...name.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    const box = (word: string) => {
      const range = document.createRange();
      const start = text.textContent!.indexOf(word);
      range.setStart(text, start);
      range.setEnd(text, start + word.length);
      return range.getBoundingClientRect();
    };
    expect(box('Washington').right, '"Washington" reads left of "D.C."').to.be.at.most(box('D.C.').left + 1);
  });

  it('keeps the full stop after a Latin name at the end of the Kurdish sentence, on its left', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="ckb" style="width: 900px" src=${ARTICLE}></event-timeline>`);
    await waitUntil(() => shadow(el).querySelector('[part~="description"] bdi'), 'rendered', { timeout: 5000 });
    const name = [...shadow(el).querySelectorAll('[part~="description"] bdi')].find((b) => b.textContent === 'Baker Hughes')!;
    let stop = name.nextSibling!;
    while (stop.nodeType !== Node.TEXT_NODE) stop = stop.nextSibling!; // past Lit's marker comments
    expect(stop.textContent).to.equal('.');
    const range = document.createRange();
    range.selectNodeContents(stop);
    const stopBox = range.getBoundingClientRect();
    const nameBox = name.getBoundingClientRect();
    expect(stopBox.right, 'the full stop is left of "Baker Hughes"').to.be.at.most(nameBox.left + 1);
  });
});
