// Dates as the reader sees them (src/dates through the element): order, precision, languages and
// digits, weekdays, gaps, upcoming events and the time of writing.
import { expect, html } from '@open-wc/testing';
import { ARTICLE, dates, eventById, events, loaded, part, parts, withData, type EventTimeline } from './harness.js';

describe('dates in the article’s timeline', () => {
  it('shows the four named events in chronological order, each with <time datetime> of its date', async () => {
    const el = await loaded(html`<event-timeline lang="en" src=${ARTICLE}></event-timeline>`);
    const ids = events(el).map((li) => li.dataset.id);
    const named = ['trade-investment-agreement', 'strategic-dialogue-begins', 'delegation-departs', 'white-house-meeting'];
    const positions = named.map((id) => ids.indexOf(id));
    expect(positions.every((p) => p >= 0)).to.be.true;
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);
    const datetimes = Object.fromEntries(events(el).map((li) => [li.dataset.id, li.querySelector('time')!.getAttribute('datetime')]));
    expect(datetimes['trade-investment-agreement']).to.equal('2019-06');
    expect(datetimes['strategic-dialogue-begins']).to.equal('2020-06');
    expect(datetimes['delegation-departs']).to.equal('2020-08-18');
    expect(datetimes['white-house-meeting']).to.equal('2020-08-20');
  });

  it('writes dates at their precision in English', async () => {
    const el = await loaded(html`<event-timeline lang="en" src=${ARTICLE}></event-timeline>`);
    const text = dates(el).map((t) => t.textContent!.trim());
    expect(text[0]).to.equal('June 2019');
    expect(text[1]).to.equal('June 2020');
    expect(text).to.include('18 August 2020');
    expect(text).to.include('20 August 2020');
    expect(text).to.include('18–20 August 2020');
  });

  it('writes dates as the article does in Kurdish, with Eastern Arabic digits', async () => {
    const el = await loaded(html`<event-timeline lang="ckb" src=${ARTICLE}></event-timeline>`);
    const text = dates(el).map((t) => t.textContent!.trim());
    expect(text[0]).to.equal('حوزەیرانی ٢٠١٩');
    expect(text[1]).to.equal('حوزەیرانی ٢٠٢٠');
    expect(text).to.include('١٨ی ئابی ٢٠٢٠');
    expect(text).to.include('٢٠ی ئابی ٢٠٢٠');
  });

  it('writes Latin digits in Kurdish with numerals="latn"', async () => {
    const el = await loaded(html`<event-timeline lang="ckb" numerals="latn" src=${ARTICLE}></event-timeline>`);
    expect(dates(el)[0]!.textContent!.trim()).to.equal('حوزەیرانی 2019');
  });

  it('names the departure as a Tuesday, in Kurdish and English, when asked for weekdays', async () => {
    const ckb = await loaded(html`<event-timeline lang="ckb" weekdays src=${ARTICLE}></event-timeline>`);
    const departure = (el: EventTimeline) => eventById(el, 'delegation-departs');
    expect(departure(ckb).querySelector('time')!.textContent!.trim()).to.equal('سێشەممە، ١٨ی ئابی ٢٠٢٠');
    expect(departure(ckb).querySelector('[part~="date-wording"]')!.textContent).to.contain('رۆژی سێشەممە');
    const en = await loaded(html`<event-timeline lang="en" weekdays src=${ARTICLE}></event-timeline>`);
    expect(departure(en).querySelector('time')!.textContent!.trim()).to.equal('Tuesday 18 August 2020');
    expect(departure(en).querySelector('[part~="date-wording"]')!.textContent).to.contain('on Tuesday');
  });

  it('shows the time between events when gaps is set, in the reader’s language', async () => {
    const en = await loaded(html`<event-timeline lang="en" gaps src=${ARTICLE}></event-timeline>`);
    const gaps = parts(en, 'gap').map((g) => g.textContent!.trim());
    expect(gaps).to.deep.equal(['12 months later', '2 months later']);
    const ckb = await loaded(html`<event-timeline lang="ckb" gaps src=${ARTICLE}></event-timeline>`);
    expect(part(ckb, 'gap')!.textContent!.trim()).to.equal('١٢ مانگ دواتر');
    const plain = await loaded(html`<event-timeline lang="en" src=${ARTICLE}></event-timeline>`);
    expect(part(plain, 'gap')).to.not.exist;
  });
});

describe('events still to come when the article was written', () => {
  it('marks the White House meeting, still to come when the article was written, as scheduled', async () => {
    const el = await loaded(html`<event-timeline lang="en" src=${ARTICLE}></event-timeline>`);
    const meeting = eventById(el, 'white-house-meeting');
    expect(meeting.querySelector('[part~="status"]')!.textContent!.trim()).to.equal('Scheduled');
    const departure = eventById(el, 'delegation-departs');
    expect(departure.querySelector('[part~="status"]')).to.not.exist;
  });

  it('marks the time of writing once, before the first event still to come', async () => {
    const el = await withData('lang="en"');
    const now = parts(el, 'now');
    expect(now).to.have.length(1);
    expect(now[0]!.closest('li')!.dataset.id).to.equal('white-house-meeting');
    expect(now[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('At the time of writing 20 August 2020');
  });
});
