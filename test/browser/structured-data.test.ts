// schema.org JSON-LD for search engines (StructuredDataController), in the element's light DOM.
import { expect } from '@open-wc/testing';
import { events, withData, type EventTimeline } from './harness.js';

const jsonLd = (el: EventTimeline) => el.querySelectorAll('script[type="application/ld+json"]');
const read = (el: EventTimeline) => JSON.parse(jsonLd(el)[0]!.textContent!);

describe('structured data', () => {
  it('structured-data adds schema.org JSON-LD for the events, in the reader’s language', async () => {
    const el = await withData('lang="en" structured-data');
    const ld = read(el);
    expect(ld['@type']).to.equal('ItemList');
    expect(ld.itemListElement).to.have.length(8);
    const items = ld.itemListElement.map((entry: { item: Record<string, string> }) => entry.item);
    expect(items[0]).to.include({ '@type': 'Event', name: 'Iraq and the US reach an agreement on trade and investment', startDate: '2019-06' });
    expect(items.find((i: { identifier: string }) => i.identifier === 'pompeo-receives-kadhimi')).to.include({ startDate: '2020-08-18', endDate: '2020-08-20' });
    expect(items.find((i: { identifier: string }) => i.identifier === 'white-house-meeting').eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(items.find((i: { identifier: string }) => i.identifier === 'energy-committee-meeting')).to.not.have.property('endDate');
    el.lang = 'ckb';
    await el.updateComplete;
    expect(read(el).itemListElement[0].item.name).to.equal('رێککەوتنی بازرگانی و وەبەرهێنانی عێراق و ئەمریکا');
    expect(jsonLd(el)).to.have.length(1);
  });

  it('adds nothing without the attribute', async () => {
    const el = await withData('lang="en"');
    expect(events(el), 'the timeline is shown').to.have.length(8);
    expect(jsonLd(el)).to.have.length(0);
    // Asked for afterwards, it is written: the check above can fail.
    el.structuredData = true;
    await el.updateComplete;
    expect(jsonLd(el)).to.have.length(1);
  });

  it('follows new data: the search engine reads the events now shown', async () => {
    const el = await withData('lang="en" structured-data');
    expect(read(el).itemListElement).to.have.length(8);
    el.data = { title: 'Replaced', lang: 'en', events: [{ id: 'only', date: '2021-03', title: 'The only event' }] };
    await el.updateComplete;
    expect(jsonLd(el)).to.have.length(1);
    const ld = read(el);
    expect(ld.itemListElement).to.have.length(1);
    expect(ld.itemListElement[0].item).to.include({ name: 'The only event', startDate: '2021-03' });
  });
});
