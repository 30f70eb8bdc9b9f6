// The layouts (src/styles/layouts/), measured where a reader sees them, in both directions.
import { expect, html, waitUntil } from '@open-wc/testing';
import { ARTICLE, box, events, part, place, withData, type EventTimeline } from './harness.js';

describe('reflow at 320 CSS pixels (WCAG 1.4.10)', () => {
  it('a long URL or word breaks instead of widening the timeline, in every layout but the scrolling track', async () => {
    const long = `https://example.org/${'a-very-long-path-segment-'.repeat(8)}`;
    const data = {
      title: 'Supercalifragilisticexpialidocious'.repeat(3),
      lang: 'en',
      events: [{ id: 'e', date: '2020', title: 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(2), description: `See ${long}`, links: [{ url: long, label: long }] }],
    };
    for (const layout of ['vertical', 'alternating']) {
      const el = await withData(`lang="en" layout="${layout}"`, { width: 320, data });
      const base = part(el, 'base')!;
      expect(base.scrollWidth, layout).to.be.at.most(base.clientWidth + 1);
      expect(box(base).width, layout).to.be.at.most(320);
    }
  });
});

describe('layouts', () => {
  for (const lang of ['en', 'ckb']) {
    const rtl = lang === 'ckb';

    it(`alternating puts events on both sides of a central line when wide (${lang})`, async () => {
      const el = await withData(`lang="${lang}" layout="alternating"`, { width: 900 });
      const list = box(part(el, 'list')!);
      const center = list.left + list.width / 2;
      const [first, second] = events(el).map((li) => box(li.querySelector('.entry')!));
      // The first event is on the inline-start side: left in English, right in Kurdish.
      if (rtl) {
        expect(first!.left).to.be.at.least(center - 1);
        expect(second!.right).to.be.at.most(center + 1);
      } else {
        expect(first!.right).to.be.at.most(center + 1);
        expect(second!.left).to.be.at.least(center - 1);
      }
      const markers = events(el).slice(0, 2).map((li) => box(li.querySelector('[part~="marker"]')!));
      for (const marker of markers) expect(Math.abs(marker.left + marker.width / 2 - center)).to.be.below(2);
    });

    it(`alternating falls back to one column when narrow (${lang})`, async () => {
      const el = await withData(`lang="${lang}" layout="alternating"`, { width: 420 });
      const [a, b] = events(el).map((li) => box(li.querySelector('[part~="marker"]')!));
      expect(Math.abs(a!.left - b!.left)).to.be.below(1);
    });

    it(`horizontal lays events side by side on a scrollable track (${lang})`, async () => {
      const el = await withData(`lang="${lang}" layout="horizontal"`, { width: 700 });
      const list = part(el, 'list')!;
      expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
      const [a, b] = events(el).map(box);
      if (rtl) expect(b!.right).to.be.at.most(a!.left + 1);
      else expect(b!.left).to.be.at.least(a!.right - 1);
      const markers = events(el).map((li) => box(li.querySelector('[part~="marker"]')!).top);
      expect(new Set(markers.map(Math.round)).size, 'markers on one line').to.equal(1);
    });
  }

  it('mirrors the layout: the marker is on the right in Kurdish and on the left in English', async () => {
    const wrapper = await place<HTMLElement>(html`<div style="width: 600px">
      <event-timeline lang="ckb" src=${ARTICLE}></event-timeline>
      <event-timeline lang="en" src=${ARTICLE}></event-timeline>
    </div>`);
    const [ckb, en] = [...wrapper.querySelectorAll('event-timeline')];
    await waitUntil(() => part(ckb!, 'marker') && part(en!, 'marker'), 'rendered', { timeout: 5000 });
    const side = (el: EventTimeline) => {
      const marker = box(part(el, 'marker')!);
      const title = box(part(el, 'title')!);
      return { marker, title };
    };
    const k = side(ckb!);
    expect(k.marker.left, 'Kurdish marker right of the title').to.be.greaterThan(k.title.right - 1);
    const e = side(en!);
    expect(e.marker.right, 'English marker left of the title').to.be.lessThan(e.title.left + 1);
  });
});
