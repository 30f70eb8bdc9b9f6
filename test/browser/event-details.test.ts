// One event's content (templates/event.ts): details behind a toggle, images and links.
import { expect } from '@open-wc/testing';
import { box, eventById, part, parts, withData } from './harness.js';

describe('an event’s details and media', () => {
  it('collapsed: details open and close with a toggle', async () => {
    const el = await withData('lang="en" collapsed');
    const li = eventById(el, 'delegation-departs');
    const toggle = li.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    const details = li.querySelector<HTMLElement>('.details')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(details.id);
    expect(details.hidden).to.be.true;
    expect(box(li.querySelector('[part~="description"]')!).height).to.equal(0);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(box(li.querySelector('[part~="description"]')!).height).to.be.greaterThan(0);
    expect(toggle.textContent!.trim()).to.equal('Hide details');
  });

  it('shows images lazily with their space reserved, and only safe URLs', async () => {
    const data = {
      title: 't',
      lang: 'en',
      events: [
        { id: 'a', date: '2019', title: 'Sized', media: { url: '/docs/screenshots/article-ckb-narrow.png', alt: 'Timeline', width: 390, height: 800, credit: 'Rudaw' } },
        { id: 'b', date: '2020', title: 'Unsized', media: { url: 'https://example.invalid/x.png', alt: 'X' } },
        { id: 'c', date: '2021', title: 'Hostile', media: { url: 'javascript:alert(1)', alt: 'no' }, links: [{ url: 'JaVaScRiPt:alert(1)', label: 'bad' }, { url: 'https://example.org/', label: 'good' }] },
      ],
    };
    const el = await withData('lang="en"', { width: 600, data });
    const [sized, unsized] = parts<HTMLImageElement>(el, 'image');
    expect(sized!.loading).to.equal('lazy');
    expect(sized!.getAttribute('width')).to.equal('390');
    expect(box(sized!).height, 'space reserved before loading').to.be.greaterThan(100);
    expect(box(unsized!).height, '16:9 box without sizes').to.be.closeTo((box(unsized!).width * 9) / 16, 2);
    expect(part(el, 'caption')!.textContent).to.contain('Credit: Rudaw');
    const hostile = eventById(el, 'c');
    expect(hostile.querySelector('img')).to.not.exist;
    expect([...hostile.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/']);
  });
});
