import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/event-timeline.js';
import type { EventTimeline } from '../../src/event-timeline.js';

const ARTICLE = '/data/kadhimi-washington-2020.json';

const shadow = (el: EventTimeline) => el.shadowRoot!;
const events = (el: EventTimeline) => [...shadow(el).querySelectorAll<HTMLLIElement>('[part~="event"]')];
const dates = (el: EventTimeline) => events(el).map((li) => li.querySelector('time')!);

async function loaded(template: ReturnType<typeof html>): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(template);
  if (!events(el).length) await oneEvent(el, 'event-timeline-load');
  await el.updateComplete;
  return el;
}

describe('<event-timeline> with the article data', () => {
  it('loads from src, fires event-timeline-load and renders an ordered list of events', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en"></event-timeline>`);
    const load = oneEvent(el, 'event-timeline-load');
    el.src = ARTICLE;
    const { detail } = await load;
    await el.updateComplete;
    expect(detail.timeline.events.length).to.equal(8);
    expect(detail.problems).to.deep.equal([]);
    // One list for assistive technology: events are <li>s in pages, <ol role="none">, that only
    // group them for rendering (and number them on, without CSS).
    const list = shadow(el).querySelector('[part~="list"]')!;
    expect(list.getAttribute('role'), 'a list').to.equal('list');
    expect(events(el)).to.have.length(8);
    expect(events(el).every((li) => li.parentElement!.matches('ol[role="none"]') && li.parentElement!.parentElement === list)).to.be.true;
    expect([...list.children].every((page) => page.matches('ol[role="none"]'))).to.be.true;
  });

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

  it('names the departure as a Tuesday, in Kurdish and English, when asked for weekdays', async () => {
    const ckb = await loaded(html`<event-timeline lang="ckb" weekdays src=${ARTICLE}></event-timeline>`);
    const departure = (el: EventTimeline) => events(el).find((li) => li.dataset.id === 'delegation-departs')!;
    expect(departure(ckb).querySelector('time')!.textContent!.trim()).to.equal('سێشەممە، ١٨ی ئابی ٢٠٢٠');
    expect(departure(ckb).querySelector('[part~="date-wording"]')!.textContent).to.contain('رۆژی سێشەممە');
    const en = await loaded(html`<event-timeline lang="en" weekdays src=${ARTICLE}></event-timeline>`);
    expect(departure(en).querySelector('time')!.textContent!.trim()).to.equal('Tuesday 18 August 2020');
    expect(departure(en).querySelector('[part~="date-wording"]')!.textContent).to.contain('on Tuesday');
  });

  it('shows the time between events when gaps is set, in the reader’s language', async () => {
    const en = await loaded(html`<event-timeline lang="en" gaps src=${ARTICLE}></event-timeline>`);
    const gaps = [...shadow(en).querySelectorAll('[part~="gap"]')].map((g) => g.textContent!.trim());
    expect(gaps).to.deep.equal(['12 months later', '2 months later']);
    const ckb = await loaded(html`<event-timeline lang="ckb" gaps src=${ARTICLE}></event-timeline>`);
    expect(shadow(ckb).querySelector('[part~="gap"]')!.textContent!.trim()).to.equal('١٢ مانگ دواتر');
    const plain = await loaded(html`<event-timeline lang="en" src=${ARTICLE}></event-timeline>`);
    expect(shadow(plain).querySelector('[part~="gap"]')).to.not.exist;
  });

  it('writes Latin digits in Kurdish with numerals="latn"', async () => {
    const el = await loaded(html`<event-timeline lang="ckb" numerals="latn" src=${ARTICLE}></event-timeline>`);
    expect(dates(el)[0]!.textContent!.trim()).to.equal('حوزەیرانی 2019');
  });

  it('shows Kurdish titles in Kurdish and English ones in English, marking their language', async () => {
    const ckb = await loaded(html`<event-timeline lang="ckb" src=${ARTICLE}></event-timeline>`);
    const ckbTitle = shadow(ckb).querySelector<HTMLElement>('[part~="title"]')!;
    expect(ckbTitle.lang).to.equal('ckb');
    expect(ckbTitle.textContent).to.contain('بازرگانی');
    const en = await loaded(html`<event-timeline lang="en" src=${ARTICLE}></event-timeline>`);
    const enTitle = shadow(en).querySelector<HTMLElement>('[part~="title"]')!;
    expect(enTitle.lang).to.equal('en');
    expect(enTitle.textContent).to.contain('trade and investment');
  });

  it('shows the exposed parts: event, date, title, description', async () => {
    const el = await loaded(html`<event-timeline lang="en" src=${ARTICLE}></event-timeline>`);
    for (const part of ['event', 'date', 'title', 'description', 'heading', 'list', 'marker']) {
      expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });

  it('marks the White House meeting, still to come when the article was written, as scheduled', async () => {
    const el = await loaded(html`<event-timeline lang="en" src=${ARTICLE}></event-timeline>`);
    const meeting = events(el).find((li) => li.dataset.id === 'white-house-meeting')!;
    expect(meeting.querySelector('[part~="status"]')!.textContent!.trim()).to.equal('Scheduled');
    const departure = events(el).find((li) => li.dataset.id === 'delegation-departs')!;
    expect(departure.querySelector('[part~="status"]')).to.not.exist;
  });

  it('draws an upcoming event’s marker dashed, and each marker in its category’s filter colour', async () => {
    const el = await loaded(html`<event-timeline lang="en" src=${ARTICLE}></event-timeline>`);
    const marker = (id: string) => getComputedStyle(events(el).find((li) => li.dataset.id === id)!.querySelector('[part~="marker"]')!);
    expect(marker('white-house-meeting').borderTopStyle, 'scheduled').to.equal('dashed');
    expect(marker('delegation-departs').borderTopStyle, 'past').to.equal('solid');
    // A past event's marker is filled with its category's colour, the one its filter button shows.
    const swatches = new Map(
      [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="filter"]')]
        .filter((button) => button.querySelector('.swatch'))
        .map((button) => [button.textContent!.replace(/[\d\s]+$/, '').trim(), getComputedStyle(button.querySelector('.swatch')!).backgroundColor]),
    );
    expect(new Set(swatches.values()).size, 'one colour per category').to.equal(swatches.size);
    const past = events(el).filter((li) => !li.querySelector('[part~="status"]'));
    for (const li of past) {
      const category = li.querySelector('[part~="category"]')!.textContent!.trim();
      expect(getComputedStyle(li.querySelector('[part~="marker"]')!).backgroundColor, li.dataset.id).to.equal(swatches.get(category));
    }
  });
});

describe('<event-timeline> data sources', () => {
  const minimal = {
    title: 'Minimal',
    lang: 'en',
    events: [
      { id: 'b', date: '2020-08-20', title: 'Second' },
      { id: 'a', date: '2019', title: 'First' },
    ],
  };

  it('renders a data property, sorted', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en" .data=${minimal}></event-timeline>`);
    await el.updateComplete;
    expect(events(el).map((li) => li.querySelector('[part~="title"]')!.textContent)).to.deep.equal(['First', 'Second']);
    expect(dates(el).map((t) => t.getAttribute('datetime'))).to.deep.equal(['2019', '2020-08-20']);
  });

  it('renders inline JSON from a <script type="application/json"> child', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en">
      <script type="application/json">
        ${JSON.stringify(minimal)}
      </script>
    </event-timeline>`);
    await el.updateComplete;
    expect(events(el)).to.have.length(2);
    expect(shadow(el).querySelector('[part~="heading"]')!.textContent).to.equal('Minimal');
  });

  it('fires event-timeline-error and shows an error with a retry button when src fails', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en"></event-timeline>`);
    const failed = oneEvent(el, 'event-timeline-error');
    el.src = '/data/does-not-exist.json';
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.error).to.be.instanceOf(Error);
    expect(detail.error!.message).to.contain('404');
    const error = shadow(el).querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('could not be loaded');
    expect(shadow(el).querySelector('[part~="retry-button"]')).to.exist;
  });

  it('retries: a failed src that later succeeds renders the timeline', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en"></event-timeline>`);
    const failed = oneEvent(el, 'event-timeline-error');
    el.src = '/data/does-not-exist.json';
    await failed;
    await el.updateComplete;
    el.setAttribute('src', ARTICLE);
    await oneEvent(el, 'event-timeline-load');
    await el.updateComplete;
    expect(events(el)).to.have.length(8);
  });

  it('renders the valid events of partly invalid data and reports the rest', async () => {
    const data = {
      title: 'Partly invalid',
      lang: 'en',
      events: [
        { id: 'ok', date: '2019-06', title: 'Valid' },
        { id: 'bad', date: 'June 2019', title: 'Bad date' },
      ],
    };
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en"></event-timeline>`);
    const error = oneEvent(el, 'event-timeline-error');
    el.data = data;
    const { detail } = await error;
    await el.updateComplete;
    expect(events(el)).to.have.length(1);
    expect(detail.problems[0]!.path).to.equal('events[1].date');
    expect(detail.problems[0]!.message).to.contain('did you mean "2019-06"?');
    expect(shadow(el).querySelector('[part~="problems"]')!.textContent).to.contain('events[1].date');
  });

  it('shows a loading skeleton, announced politely, until data arrives', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en"></event-timeline>`);
    const loading = shadow(el).querySelector('[part~="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent).to.contain('Loading the timeline…');
    expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
    el.data = minimal;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="loading"]')).to.not.exist;
  });

  it('shows the empty state for a timeline without events', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en" .data=${{ title: 'None', lang: 'en', events: [] }}></event-timeline>`);
    expect(shadow(el).querySelector('[part~="empty"]')!.textContent).to.contain('no events yet');
  });

  it('loads again when it is moved before its request finished', async () => {
    const el = document.createElement('event-timeline');
    el.lang = 'en';
    el.src = ARTICLE;
    document.body.append(el);
    await el.updateComplete; // the request is under way
    el.remove(); // aborts it
    await el.updateComplete;
    const load = oneEvent(el, 'event-timeline-load');
    document.body.append(el);
    await load;
    await el.updateComplete;
    expect(events(el)).to.have.length(8);
    el.remove();
  });

  it('follows changes to the inline JSON', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en"><script type="application/json">${JSON.stringify(minimal)}</script></event-timeline>`);
    await el.updateComplete;
    expect(events(el)).to.have.length(2);
    const load = oneEvent(el, 'event-timeline-load');
    el.querySelector('script')!.textContent = JSON.stringify({ ...minimal, events: minimal.events.slice(0, 1) });
    await load;
    expect(events(el)).to.have.length(1);
  });

  it('hides the problems panel with hide-problems, and still reports them', async () => {
    const data = { title: 't', lang: 'en', events: [{ id: 'bad', date: 'June 2019', title: 'x' }] };
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en" hide-problems></event-timeline>`);
    const error = oneEvent(el, 'event-timeline-error');
    el.data = data;
    expect((await error).detail.problems).to.have.length(1);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="problems"]')).to.not.exist;
  });

  it('takes an explicit dir over the language’s direction', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="ckb" dir="ltr" .data=${minimal}></event-timeline>`);
    expect(getComputedStyle(shadow(el).querySelector('[part~="base"]')!).direction).to.equal('ltr');
    el.dir = '';
    await el.updateComplete;
    expect(getComputedStyle(shadow(el).querySelector('[part~="base"]')!).direction).to.equal('rtl');
  });

  it('passes accessibility checks (axe-core), in Kurdish and English, with gaps and weekdays', async () => {
    const ckb = await loaded(html`<event-timeline lang="ckb" gaps weekdays src=${ARTICLE}></event-timeline>`);
    await expect(ckb).to.be.accessible();
    const en = await loaded(html`<event-timeline lang="en" gaps src=${ARTICLE}></event-timeline>`);
    await expect(en).to.be.accessible();
  });
});
