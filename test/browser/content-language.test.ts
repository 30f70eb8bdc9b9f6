// The data's own texts in several languages and directions: which translation is shown, how it is
// marked (`lang`, `dir`), and Latin names isolated inside Kurdish text (templates/rich-text.ts).
import { expect, html, waitUntil } from '@open-wc/testing';
import { ARTICLE, loaded, part, place, shadow } from './harness.js';

const minimal = { title: 'Minimal', lang: 'en', events: [{ id: 'a', date: '2019', title: 'First' }] };

describe('texts in the reader’s language', () => {
  it('shows Kurdish titles in Kurdish and English ones in English, marking their language', async () => {
    const ckb = await loaded(html`<event-timeline lang="ckb" src=${ARTICLE}></event-timeline>`);
    const ckbTitle = part(ckb, 'title')!;
    expect(ckbTitle.lang).to.equal('ckb');
    expect(ckbTitle.textContent).to.contain('بازرگانی');
    const en = await loaded(html`<event-timeline lang="en" src=${ARTICLE}></event-timeline>`);
    const enTitle = part(en, 'title')!;
    expect(enTitle.lang).to.equal('en');
    expect(enTitle.textContent).to.contain('trade and investment');
  });

  it('falls back along the chain for a missing translation: the data’s language', async () => {
    const data = {
      title: { ckb: 'تاقیکردنەوە' },
      lang: 'ckb',
      events: [{ id: 'a', date: '2019-06', title: { ckb: 'تەنها کوردی' }, description: { en: 'English only' } }],
    };
    const el = await place(html`<event-timeline lang="en" .data=${data}></event-timeline>`);
    const title = part(el, 'title')!;
    expect(title.textContent).to.equal('تەنها کوردی');
    expect(title.lang).to.equal('ckb');
    expect(title.dir).to.equal('rtl');
    const description = part(el, 'description')!;
    expect(description.lang).to.equal('en');
    expect(description.dir).to.equal('ltr');
  });

  it('takes an explicit dir over the language’s direction', async () => {
    const el = await place(html`<event-timeline lang="ckb" dir="ltr" .data=${minimal}></event-timeline>`);
    expect(getComputedStyle(part(el, 'base')!).direction).to.equal('ltr');
    el.dir = '';
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
  });
});

describe('Latin names in Kurdish text', () => {
  it('isolates Latin names inside Kurdish text', async () => {
    const el = await place(html`<event-timeline lang="ckb" src=${ARTICLE}></event-timeline>`);
    await waitUntil(() => part(el, 'description'), 'rendered', { timeout: 5000 });
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
    const el = await place(html`<event-timeline lang="ckb" style="width: 900px" .data=${data}></event-timeline>`);
    const name = part(el, 'title')!.querySelector('bdi')!;
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
    const el = await place(html`<event-timeline lang="ckb" style="width: 900px" src=${ARTICLE}></event-timeline>`);
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
