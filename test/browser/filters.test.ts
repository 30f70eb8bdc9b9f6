// Category filters (templates/filters.ts): chips with counts that show one category's events.
import { expect } from '@open-wc/testing';
import { events, part, parts, withData } from './harness.js';

describe('category filters', () => {
  it('show one chip per category with counts, and filter the events', async () => {
    const el = await withData('lang="en"');
    const chips = () => parts<HTMLButtonElement>(el, 'filter');
    expect(chips().map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'All 8',
      'Economy 2',
      'Security 1',
      'Diplomacy 3',
      'Energy 2',
    ]);
    expect(part(el, 'filters')!.getAttribute('role')).to.equal('group');
    chips()[4]!.click();
    await el.updateComplete;
    expect(events(el).map((li) => li.dataset.id)).to.deep.equal(['energy-agreements-signed', 'energy-committee-meeting']);
    expect(chips()[4]!.getAttribute('aria-pressed')).to.equal('true');
    expect(chips()[0]!.getAttribute('aria-pressed')).to.equal('false');
    chips()[1]!.click();
    await el.updateComplete;
    expect(events(el)).to.have.length(4);
    chips()[0]!.click();
    await el.updateComplete;
    expect(events(el)).to.have.length(8);
  });

  it('label categories in the reader’s language with its digits', async () => {
    const el = await withData('lang="ckb"');
    const chip = parts(el, 'filter')[1]!;
    expect(chip.textContent!.replace(/\s+/g, ' ').trim()).to.equal('ئابووری ٢');
  });

  it('are not shown when there is one category or none', async () => {
    const el = await withData('lang="en"', { data: { title: 't', lang: 'en', events: [{ id: 'a', date: '2019', title: 'x', category: 'one' }] } });
    expect(events(el), 'the event is shown').to.have.length(1);
    expect(part(el, 'filters')).to.not.exist;
    const none = await withData('lang="en"', { data: { title: 't', lang: 'en', events: [{ id: 'a', date: '2019', title: 'x' }, { id: 'b', date: '2020', title: 'y' }] } });
    expect(events(none), 'the events are shown').to.have.length(2);
    expect(part(none, 'filters')).to.not.exist;
  });
});
