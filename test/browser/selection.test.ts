// Choosing an event: `event-timeline-select` on click, Enter or Space.
import { expect, oneEvent } from '@open-wc/testing';
import { eventById, withData } from './harness.js';

describe('selecting an event', () => {
  it('fires event-timeline-select on click and on Enter, with the event', async () => {
    const el = await withData('lang="en"');
    const clicked = oneEvent(el, 'event-timeline-select');
    eventById(el, 'delegation-departs').querySelector<HTMLElement>('[part~="title"]')!.click();
    expect((await clicked).detail.event.id).to.equal('delegation-departs');
    const entered = oneEvent(el, 'event-timeline-select');
    const li = eventById(el, 'white-house-meeting');
    li.focus();
    li.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect((await entered).detail.event.id).to.equal('white-house-meeting');
  });

  it('Space selects the focused event too, and does not scroll the page', async () => {
    const el = await withData('lang="en"');
    const li = eventById(el, 'delegation-departs');
    li.focus();
    const selected = oneEvent(el, 'event-timeline-select');
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true, cancelable: true });
    li.dispatchEvent(space);
    expect((await selected).detail.event.id).to.equal('delegation-departs');
    expect(space.defaultPrevented, 'the page does not scroll').to.be.true;
  });

  it('leaves clicks on the event’s own controls to them', async () => {
    const el = await withData('lang="en"');
    let selected = 0;
    el.addEventListener('event-timeline-select', () => selected++);
    eventById(el, 'delegation-departs').querySelector<HTMLElement>('summary')!.click();
    expect(selected).to.equal(0);
    // A click on the event itself does select it: the count above can fail.
    eventById(el, 'delegation-departs').querySelector<HTMLElement>('[part~="title"]')!.click();
    expect(selected).to.equal(1);
  });
});
