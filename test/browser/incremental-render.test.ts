import { expect, html, waitUntil } from '@open-wc/testing';
import { dispatchKey, events, focused, parts, place, shadow, type EventTimeline } from './harness.js';
import { parseTimeline } from '../../src/data/parse-timeline.js';
import { generateTimeline } from '../../bench/generated-timeline.js';

// Long timelines render a slice per frame (IncrementalRenderController). These check what a reader notices: the first events
// at once, every event in the end, and nothing out of reach before then.
const COUNT = 3000;
const data = generateTimeline({ count: COUNT, seed: 7 });
const sortedEvents = parseTimeline(data).timeline.events;
const sortedIds = sortedEvents.map((e) => e.id);

async function longTimeline(): Promise<EventTimeline> {
  const el = await place(html`<event-timeline lang="en" .data=${data}></event-timeline>`);
  await el.updateComplete;
  return el;
}

describe('a long timeline', () => {
  it('shows its first events at once and adds the rest, in order, until every event is in the page', async () => {
    const el = await longTimeline();
    const first = events(el).length;
    expect(first).to.be.greaterThan(10);
    expect(first).to.be.lessThan(COUNT);
    await waitUntil(() => events(el).length === COUNT, 'every event rendered', { timeout: 20000 });
    expect(events(el).map((li) => li.dataset.id)).to.deep.equal(sortedIds);
    // Pages number on from each other, so that without CSS the list reads 1, 2, … 3000.
    const pages = [...shadow(el).querySelectorAll<HTMLOListElement>('[part~="list"] > ol')];
    expect(pages.length).to.be.greaterThan(1);
    let next = 1;
    for (const page of pages) {
      expect(page.start).to.equal(next);
      next += page.children.length;
    }
    // Only the focused event is in the tab order, whatever the size.
    expect(events(el).filter((li) => li.tabIndex === 0)).to.have.length(1);
  });

  // What a long timeline costs is mostly its DOM: 10,000 events made 280,000 text nodes when the
  // template was indented (see README, Performance). A reformatted template fails here, not in a
  // benchmark nobody ran.
  it('builds each event without whitespace-only text nodes or a comment marker per empty field', async () => {
    const el = await longTimeline();
    expect(events(el).length, 'events to inspect').to.be.at.least(40);
    for (const li of events(el).slice(0, 40)) {
      const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
      let blank = 0;
      let comments = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.COMMENT_NODE) comments++;
        else if (!node.textContent!.trim()) blank++;
      }
      expect(blank, `blank text nodes in ${li.dataset.id}`).to.equal(0);
      expect(comments, `comment markers in ${li.dataset.id}`).to.be.at.most(14);
    }
  });

});

describe('a long timeline: events not yet added are within reach', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('End reaches the last event before it was added', async () => {
    const el = await longTimeline();
    expect(events(el).length).to.be.lessThan(COUNT);
    const first = events(el)[0]!;
    first.focus();
    dispatchKey(el, 'End');
    await waitUntil(() => focused(el) === sortedIds.at(-1), 'last event focused');
    // By rendering the last page ahead, not every event before it (a long task at 10,000 events).
    expect(events(el).length, 'rendered when the last event took focus').to.be.lessThan(COUNT / 2);
    // The events in between follow, and the list ends up whole and in order.
    await waitUntil(() => events(el).length === COUNT, 'every event rendered', { timeout: 20000 });
    expect(events(el).map((li) => li.dataset.id)).to.deep.equal(sortedIds);
    const starts = [...shadow(el).querySelectorAll<HTMLOListElement>('[part~="list"] > ol')].map((page) => page.start);
    expect(starts).to.deep.equal(starts.map((_, i) => i * 50 + 1));
    expect(focused(el)).to.equal(sortedIds.at(-1));
  });

  it('focusEvent() and a deep link reach an event far down the list', async () => {
    const target = sortedIds[COUNT - 10]!;
    history.replaceState(null, '', `#${target}`);
    const el = await longTimeline();
    await waitUntil(() => focused(el) === target, 'deep-linked event focused');
    expect(events(el).length, 'rendered when the linked event took focus').to.be.lessThan(COUNT / 2);
    expect(shadow(el).querySelector(`[data-id="${target}"]`)!.getAttribute('aria-current')).to.equal('true');

    const other = sortedIds[COUNT - 1]!;
    expect(el.focusEvent(other)).to.equal(true);
    await waitUntil(() => focused(el) === other, 'focusEvent reached the last event');
    expect(el.focusEvent('no-such-event')).to.equal(false);
  });

  it('renders every event before printing', async () => {
    const el = await longTimeline();
    expect(events(el).length).to.be.lessThan(COUNT);
    window.dispatchEvent(new Event('beforeprint'));
    expect(events(el)).to.have.length(COUNT);
  });

  it('a filter applies to events not yet added too', async () => {
    const el = await longTimeline();
    // The first category chip is the category first used in date order.
    const category = sortedEvents.find((e) => e.category !== undefined)!.category!;
    const expectedIds = sortedEvents.filter((e) => e.category === category).map((e) => e.id);
    const chip = parts<HTMLButtonElement>(el, 'filter')[1]!;
    expect(Number(chip.querySelector('.count')!.textContent)).to.equal(expectedIds.length);
    chip.click();
    await el.updateComplete;
    await waitUntil(() => events(el).length === expectedIds.length, 'every event of the category rendered', { timeout: 8000 });
    // Exactly that category's events, in date order, each marked with its category's part.
    expect(events(el).map((li) => li.dataset.id)).to.deep.equal(expectedIds);
    for (const li of events(el)) expect(li.part.contains(`category-${category}`), li.dataset.id).to.equal(true);
  });
});
