// Roving focus (RovingFocusController): one event in the tab order, arrows between events —
// Left and Right mirrored right to left — Home and End to the ends.
import { expect, html, waitUntil } from '@open-wc/testing';
import { articleData, box, dispatchKey, eventById, events, focused, newTimeline, part, parts, place, press, withData } from './harness.js';

const threeEvents = { title: 't', lang: 'en', events: [1, 2, 3].map((n) => ({ id: `e${n}`, date: `201${n}`, title: `Event ${n}` })) };

describe('keyboard: roving focus', () => {
  it('one event is in the tab order; arrows, Home and End move between events', async () => {
    const el = await withData('lang="en"');
    expect(events(el).filter((li) => li.tabIndex === 0)).to.have.length(1);
    const first = events(el)[0]!;
    first.focus();
    dispatchKey(el, 'ArrowDown');
    expect(focused(el)).to.equal('strategic-dialogue-begins');
    dispatchKey(el, 'End');
    expect(focused(el)).to.equal('energy-committee-meeting');
    dispatchKey(el, 'ArrowDown');
    expect(focused(el)).to.equal('energy-committee-meeting');
    dispatchKey(el, 'Home');
    expect(focused(el)).to.equal('trade-investment-agreement');
    dispatchKey(el, 'ArrowUp');
    expect(focused(el)).to.equal('trade-investment-agreement');
    await el.updateComplete;
    expect(events(el).find((li) => li.tabIndex === 0)!.dataset.id).to.equal('trade-investment-agreement');
  });

  it('with a real keyboard: Tab reaches the timeline, arrows move, the focused event shows a ring', async () => {
    const wrapper = await place<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
    const el = await newTimeline({ lang: 'en', data: threeEvents });
    wrapper.append(el);
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(focused(el)).to.equal('e1');
    await press('ArrowDown');
    expect(focused(el)).to.equal('e2');
    const ring = getComputedStyle(eventById(el, 'e2'));
    expect(ring.outlineStyle).to.equal('solid');
    expect(ring.outlineWidth).to.equal('2px');
    await press('End');
    expect(focused(el)).to.equal('e3');
  });

  it('Tab passes the article in a few presses: only the focused event has its controls in the tab order', async () => {
    const wrapper = await place<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
    const el = await newTimeline({ lang: 'en', data: await articleData() });
    wrapper.append(el);
    wrapper.insertAdjacentHTML('beforeend', '<button id="after">after</button>');
    await el.updateComplete;
    await waitUntil(() => events(el).length === 8, 'rendered');
    const active = () => (document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement) as HTMLElement | null;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    let presses = 0;
    const visited: string[] = [];
    while (document.activeElement?.id !== 'after' && presses < 40) {
      await press('Tab');
      presses++;
      visited.push(active()?.dataset.id ?? active()?.tagName.toLowerCase() ?? '');
    }
    // The filter buttons, the first event and its own controls, then out; every event's controls
    // in the tab order would be many more presses (14 for the article before).
    const controls = (li: Element) => li.querySelectorAll('a, summary, button').length;
    const filters = parts(el, 'filter').length;
    expect(presses, visited.join(' ')).to.equal(filters + 2 + controls(events(el)[0]!));
    expect(events(el).reduce((n, li) => n + controls(li), 0), 'controls in all events').to.be.greaterThan(controls(events(el)[0]!) + 2);
    // Arrowing to another event brings its controls into the tab order instead.
    const index = events(el).findIndex((li, i) => i > 0 && controls(li) > 0);
    const target = events(el)[index]!.dataset.id!;
    events(el)[0]!.focus();
    for (let i = 0; i < index; i++) await press('ArrowDown');
    expect(focused(el)).to.equal(target);
    await el.updateComplete;
    await press('Tab');
    expect(active()!.closest('li[part~="event"]')?.getAttribute('data-id'), active()?.outerHTML).to.equal(target);
  });
});

describe('keyboard: arrows in the reading direction', () => {
  it('Left and Right follow the reading direction: Right is next in English, Left is next in Kurdish', async () => {
    const en = await withData('lang="en"', { data: threeEvents });
    events(en)[0]!.focus();
    await press('ArrowRight');
    expect(focused(en), 'English, Right').to.equal('e2');
    await press('ArrowLeft');
    expect(focused(en), 'English, Left').to.equal('e1');
    const ckb = await withData('lang="ckb"', { data: threeEvents });
    events(ckb)[0]!.focus();
    await press('ArrowLeft');
    expect(focused(ckb), 'Kurdish, Left').to.equal('e2');
    await press('ArrowRight');
    expect(focused(ckb), 'Kurdish, Right').to.equal('e1');
  });

  it('horizontal scrolls to the event the keyboard moves to, forward to the left in Kurdish', async () => {
    const el = await withData('lang="ckb" layout="horizontal"', { width: 600 });
    const list = part(el, 'list')!;
    events(el)[0]!.focus();
    dispatchKey(el, 'ArrowLeft');
    expect(focused(el)).to.equal(events(el)[1]!.dataset.id);
    dispatchKey(el, 'End');
    const last = events(el).at(-1)!;
    expect(focused(el)).to.equal(last.dataset.id);
    await waitUntil(() => {
      const l = box(last);
      const track = box(list);
      return l.left >= track.left - 1 && l.right <= track.right + 1;
    }, 'the last event scrolled into view');
  });
});
