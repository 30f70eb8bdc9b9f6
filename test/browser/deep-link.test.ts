// `#event-id` in the page's URL (DeepLinkController): on load and when the hash changes.
import { expect, waitUntil } from '@open-wc/testing';
import { eventById, events, focused, parts, withData } from './harness.js';

describe('deep links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('#event-id on load scrolls to, focuses and highlights that event', async () => {
    history.replaceState(null, '', '#white-house-meeting');
    const el = await withData('lang="en"');
    await waitUntil(() => focused(el) === 'white-house-meeting', 'focused');
    expect(eventById(el, 'white-house-meeting').getAttribute('aria-current')).to.equal('true');
    expect(events(el).filter((li) => li.hasAttribute('aria-current'))).to.have.length(1);
  });

  it('follows a later hash change, clearing a filter that hides the event', async () => {
    const el = await withData('lang="en"');
    parts<HTMLButtonElement>(el, 'filter')[1]!.click(); // Economy
    await el.updateComplete;
    expect(events(el).map((li) => li.dataset.id)).to.not.include('delegation-departs');
    location.hash = '#delegation-departs';
    await waitUntil(() => focused(el) === 'delegation-departs', 'focused after hashchange');
    expect(events(el)).to.have.length(8);
    expect(eventById(el, 'delegation-departs').getAttribute('aria-current')).to.equal('true');
  });

  it('collapsed: the linked event opens its details, and only that one', async () => {
    history.replaceState(null, '', '#delegation-departs');
    const el = await withData('lang="en" collapsed');
    await waitUntil(() => focused(el) === 'delegation-departs', 'focused');
    await el.updateComplete;
    const toggle = (id: string) => eventById(el, id).querySelector('[part~="toggle"]')!;
    expect(toggle('delegation-departs').getAttribute('aria-expanded')).to.equal('true');
    expect(eventById(el, 'delegation-departs').querySelector<HTMLElement>('.details')!.hidden).to.be.false;
    expect(toggle('white-house-meeting').getAttribute('aria-expanded')).to.equal('false');
  });
});
