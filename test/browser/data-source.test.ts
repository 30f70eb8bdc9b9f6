// Where the data comes from (DataSourceController): `src`, the `data` property, inline JSON,
// `<timeline-event>` children and TimelineJS files; only the newest request counts.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ARTICLE, articleData, box, dates, events, newTimeline, part, parts, place, shadow, withData, withWarnings, type EventTimeline } from './harness.js';

const minimal = {
  title: 'Minimal',
  lang: 'en',
  events: [
    { id: 'b', date: '2020-08-20', title: 'Second' },
    { id: 'a', date: '2019', title: 'First' },
  ],
};

const timelineJS = {
  title: { text: { headline: 'From <em>TimelineJS</em>' } },
  events: [
    { start_date: { year: '1901' }, text: { headline: 'Year only', text: '<p>A <a href="https://example.org/">link</a></p>' }, group: 'Video' },
    { start_date: { year: 1902, month: 3, day: '' }, text: { headline: 'A month' }, background: { color: '#000' }, group: 'Image' },
    { text: { headline: 'No date' } },
  ],
};

describe('src and the data property', () => {
  it('loads from src, fires event-timeline-load and renders an ordered list of events', async () => {
    const el = await place(html`<event-timeline lang="en"></event-timeline>`);
    const load = oneEvent(el, 'event-timeline-load');
    el.src = ARTICLE;
    const { detail } = await load;
    await el.updateComplete;
    expect(detail.timeline.events.length).to.equal(8);
    expect(detail.problems).to.deep.equal([]);
    // One list for assistive technology: events are <li>s in pages, <ol role="none">, that only
    // group them for rendering (and number them on, without CSS).
    const list = part(el, 'list')!;
    expect(list.getAttribute('role'), 'a list').to.equal('list');
    expect(events(el)).to.have.length(8);
    expect(events(el).every((li) => li.parentElement!.matches('ol[role="none"]') && li.parentElement!.parentElement === list)).to.be.true;
    // Besides the pages, only the line the markers sit on, hidden from assistive technology.
    expect([...list.children].every((child) => child.matches('ol[role="none"]') || (child.matches('[part~="line"]') && child.getAttribute('aria-hidden') === 'true'))).to.be.true;
  });

  it('renders a data property, sorted', async () => {
    const el = await place(html`<event-timeline lang="en" .data=${minimal}></event-timeline>`);
    await el.updateComplete;
    expect(events(el).map((li) => li.querySelector('[part~="title"]')!.textContent)).to.deep.equal(['First', 'Second']);
    expect(dates(el).map((t) => t.getAttribute('datetime'))).to.deep.equal(['2019', '2020-08-20']);
  });

  it('the data property wins over src, given before or after it: the file is never shown', async () => {
    const el = await place(html`<event-timeline lang="en" src=${ARTICLE} .data=${minimal}></event-timeline>`);
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent).to.equal('Minimal');
    // A src given later does not replace it either.
    el.src = `${ARTICLE}?later`;
    // Long enough for the article to arrive, had it been requested.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    expect(events(el)).to.have.length(2);
    expect(part(el, 'heading')!.textContent).to.equal('Minimal');
  });

});

describe('inline JSON', () => {
  it('renders inline JSON from a <script type="application/json"> child', async () => {
    const el = await place(html`<event-timeline lang="en">
      <script type="application/json">
        ${JSON.stringify(minimal)}
      </script>
    </event-timeline>`);
    await el.updateComplete;
    expect(events(el)).to.have.length(2);
    expect(part(el, 'heading')!.textContent).to.equal('Minimal');
  });

  it('follows changes to the inline JSON', async () => {
    const el = await place(html`<event-timeline lang="en"><script type="application/json">${JSON.stringify(minimal)}</script></event-timeline>`);
    await el.updateComplete;
    expect(events(el)).to.have.length(2);
    const load = oneEvent(el, 'event-timeline-load');
    el.querySelector('script')!.textContent = JSON.stringify({ ...minimal, events: minimal.events.slice(0, 1) });
    await load;
    expect(events(el)).to.have.length(1);
  });

});

describe('one parse per data', () => {
  it('changing the view (layout, theme, language, digits, gaps, weekdays, filters) never reads or sorts the data again', async () => {
    const el = await withData('lang="en"');
    let loads = 0;
    el.addEventListener('event-timeline-load', () => loads++);
    const first = events(el)[0]!;
    const changes: [string, string | null][] = [
      ['layout', 'alternating'],
      ['theme', 'dark'],
      ['lang', 'ckb'],
      ['numerals', 'latn'],
      ['gaps', ''],
      ['weekdays', ''],
      ['layout', 'horizontal'],
    ];
    for (const [name, value] of changes) {
      el.setAttribute(name, value!);
      await el.updateComplete;
    }
    parts<HTMLButtonElement>(el, 'filter')[1]!.click();
    await el.updateComplete;
    parts<HTMLButtonElement>(el, 'filter')[0]!.click();
    await el.updateComplete;
    // The timeline is parsed and sorted once per data: a new parse would fire event-timeline-load.
    expect(loads).to.equal(0);
    // And the events' DOM is updated in place, not rebuilt.
    expect(events(el)[0]).to.equal(first);
    // …and shows the changes: Kurdish month names with Latin digits.
    expect(first.querySelector('time')!.textContent).to.equal('حوزەیرانی 2019');
  });
});

describe('<timeline-event> children', () => {
  it('renders events written in HTML like JSON events, in date order', async () => {
    const wrapper = await place<HTMLDivElement>(html`<div>
      <event-timeline lang="en" label="Written in HTML">
        <timeline-event id="second" date="2020-08-20" category="diplomacy" status="scheduled">
          <h3>The White House meeting</h3>
          <p>Trump receives Kadhimi.</p>
        </timeline-event>
        <timeline-event date="2019-06" category="economy">
          <h3>The trade agreement</h3>
          <p>Signed in June.</p>
          <p>Developed later.</p>
        </timeline-event>
      </event-timeline>
    </div>`);
    const el = wrapper.querySelector('event-timeline')!;
    await waitUntil(() => events(el).length === 2, 'rendered');
    expect(part(el, 'heading')!.textContent).to.equal('Written in HTML');
    expect(events(el).map((li) => li.dataset.id)).to.deep.equal(['event-2', 'second']);
    expect(events(el)[0]!.querySelector('[part~="description"]')!.textContent).to.equal('Signed in June. Developed later.');
    expect(events(el)[1]!.querySelector('[part~="status"]')!.textContent!.trim()).to.equal('Scheduled');
    expect(events(el)[0]!.querySelector('time')!.textContent).to.equal('June 2019');
    // The originals are no longer shown once the element renders them.
    expect(box(el.querySelector('timeline-event')!).height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('follows edits to the children', async () => {
    const wrapper = await place<HTMLDivElement>(html`<div>
      <event-timeline lang="en" label="Edited"><timeline-event date="2019"><h3>One</h3></timeline-event></event-timeline>
    </div>`);
    const el = wrapper.querySelector('event-timeline')!;
    await waitUntil(() => events(el).length === 1, 'one');
    const added = document.createElement('timeline-event');
    added.setAttribute('date', '2018');
    added.innerHTML = '<h3>Zero</h3>';
    el.append(added);
    await waitUntil(() => events(el).length === 2, 'two');
    expect(events(el)[0]!.querySelector('[part~="title"]')!.textContent).to.equal('Zero');
  });
});

describe('only the newest request counts', () => {
  it('loads again when it is moved before its request finished', async () => {
    const el = await newTimeline({ lang: 'en', src: ARTICLE });
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

  it('a src changed while a request is in flight: the old one is aborted and never shows', async () => {
    const el = await place(html`<event-timeline lang="en" src="/fault/slow?ms=800&title=Old"></event-timeline>`);
    const loads: string[] = [];
    el.addEventListener('event-timeline-load', (e) => loads.push(String(e.detail.timeline.title)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    el.src = '/fault/slow?ms=10&title=New';
    await waitUntil(() => loads.length > 0, 'the new one loads');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(loads).to.deep.equal(['New']);
    expect(part(el, 'heading')!.textContent).to.equal('New');
  });

  it('data={null} is "no data yet": no problem, no error event, no warning; then the data shows, then nothing again', () =>
    withWarnings(async (warnings) => {
      const el = await place(html`<event-timeline lang="en" .data=${null}></event-timeline>`);
      let errors = 0;
      el.addEventListener('event-timeline-error', () => errors++);
      await el.updateComplete;
      expect(part(el, 'problems'), 'no developer panel').to.equal(null);
      expect(part(el, 'loading'), 'waiting for data').to.not.equal(null);
      el.data = await articleData();
      await oneEvent(el, 'event-timeline-load');
      expect(events(el)).to.have.length(8);
      el.data = null;
      await el.updateComplete;
      expect(events(el)).to.have.length(0);
      expect(part(el, 'problems')).to.equal(null);
      expect(errors).to.equal(0);
      expect(warnings).to.have.length(0);
    }));

  for (const removal of ['removed', 'emptied'] as const) {
    it(`a src ${removal} while a request is in flight: the request is dropped and nothing shows`, async () => {
      const el = await place(html`<event-timeline lang="en" src="/fault/slow?ms=600&title=Old"></event-timeline>`);
      let loads = 0;
      el.addEventListener('event-timeline-load', () => loads++);
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (removal === 'removed') el.removeAttribute('src');
      else el.setAttribute('src', '');
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect(loads).to.equal(0);
      expect(events(el)).to.have.length(0);
      expect(part(el, 'heading')!.textContent).not.to.contain('Old');
    });
  }

  it('junk in timeout or max-bytes: the default, with one warning (a "10MB" limit is not no limit)', () =>
    withWarnings(async (warnings) => {
      const el = await place(html`<event-timeline lang="en" timeout="abc" max-bytes="10MB" src="/fault/slow?ms=10&title=Fine"></event-timeline>`);
      await waitUntil(() => events(el).length > 0 || part(el, 'heading')?.textContent === 'Fine', 'loads');
      expect(part(el, 'heading')!.textContent).to.equal('Fine');
      expect(warnings.filter((w) => /timeout="NaN" is not a positive number/.test(w))).to.have.length(1);
      expect(warnings.filter((w) => /max-bytes="NaN" is not a positive number/.test(w))).to.have.length(1);
    }));

  // Runs before any other test of this file converts TimelineJS data: the converter is a module
  // loaded on demand, so here it is still on its way when the second data arrives.
  it('data given while TimelineJS data is still being converted wins over it', async () => {
    const article = await articleData();
    const wrapper = await place<HTMLDivElement>(html`<div></div>`);
    const el = await newTimeline({ lang: 'en', data: timelineJS });
    const loads: number[] = [];
    el.addEventListener('event-timeline-load', (e) => loads.push(e.detail.timeline.events.length));
    wrapper.append(el);
    await firstRender(el);
    // The element is busy converting; nothing is shown yet.
    expect(part(el, 'base')!.getAttribute('aria-busy'), 'converting').to.equal('true');
    expect(events(el)).to.have.length(0);
    el.data = article;
    await el.updateComplete;
    expect(events(el)).to.have.length(8);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(events(el)).to.have.length(8);
    expect(events(el).map((li) => li.querySelector('time')!.textContent)).to.not.include('1901');
    expect(loads, 'the converted data never loaded').to.deep.equal([8]);
  });
});

describe('TimelineJS data', () => {
  it('is detected and converted; what could not be kept is listed with the other problems', async () => {
    const el = await withData('lang="en" show-problems', { data: timelineJS });
    expect(part(el, 'heading')!.textContent).to.equal('From TimelineJS');
    expect(events(el).map((li) => li.querySelector('time')!.textContent)).to.deep.equal(['1901', 'March 1902']);
    expect(events(el)[0]!.querySelector('[part~="link"]')!.getAttribute('href')).to.equal('https://example.org/');
    expect(parts(el, 'filter')).to.have.length(3);
    const problems = part(el, 'problems')!.textContent!;
    expect(problems).to.contain('events[1].background');
    expect(problems).to.contain('events[2].start_date');
  });

  it('format="event-timeline" never converts', async () => {
    const el = await withData('lang="en" format="event-timeline" show-problems', { data: timelineJS });
    expect(events(el)).to.have.length(0);
    // Read as this element's own format, every event lacks its id, date and title.
    expect(part(el, 'empty'), 'the empty state').to.exist;
    expect(part(el, 'problems')!.textContent).to.contain('events[0].date');
  });
});

/** Resolves after the element's next render into its shadow root (a microtask after it). */
function firstRender(el: EventTimeline): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(shadow(el), { childList: true, subtree: true, attributes: true });
  });
}
