// Accessibility: axe-core in every layout, theme and language, and the region and headings a
// screen reader navigates by.
import { expect, html } from '@open-wc/testing';
import { LAYOUTS } from '../../src/timeline-options.js';
import { ARTICLE, articleData, loaded, part, shadow, withData } from './harness.js';

describe('accessibility (axe-core) in every layout, theme and language', () => {
  for (const layout of LAYOUTS) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'ckb', 'ar']) {
        it(`${layout}, ${theme}, ${lang}`, async () => {
          const el = await withData(`lang="${lang}" layout="${layout}" theme="${theme}" gaps`);
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  it('collapsed, filtered, with media and links', async () => {
    const article = await articleData();
    const data = {
      ...article,
      events: [
        ...article.events,
        {
          id: 'with-media',
          date: '2020-08-21',
          title: 'With media',
          media: { url: '/docs/screenshots/article-ckb-narrow.png', alt: 'A screenshot', width: 390, height: 2000, caption: 'Caption', credit: 'Us' },
          links: [{ url: 'https://example.org/', label: 'Read more' }],
        },
      ],
    };
    const el = await withData('lang="en" collapsed', { data });
    shadow(el).querySelector<HTMLButtonElement>('[part~="filter"]:nth-of-type(2)')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes accessibility checks (axe-core), in Kurdish and English, with gaps and weekdays', async () => {
    const ckb = await loaded(html`<event-timeline lang="ckb" gaps weekdays src=${ARTICLE}></event-timeline>`);
    await expect(ckb).to.be.accessible();
    const en = await loaded(html`<event-timeline lang="en" gaps src=${ARTICLE}></event-timeline>`);
    await expect(en).to.be.accessible();
  });

  it('the check can fail: an image without a text alternative in the timeline is reported', async () => {
    const el = await withData('lang="en"');
    const img = document.createElement('img');
    img.src = '/docs/screenshots/article-ckb-narrow.png';
    part(el, 'heading')!.after(img);
    await expect(el).not.to.be.accessible();
    img.remove();
    await expect(el).to.be.accessible();
  });
});

describe('headings and the region', () => {
  it('is a region labelled by its heading; heading-level sets the levels', async () => {
    const el = await withData('lang="en" heading-level="3"');
    const base = part(el, 'base')!;
    const heading = part(el, 'heading')!;
    expect(base.localName).to.equal('section');
    expect(base.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(heading.localName).to.equal('h3');
    expect(part(el, 'title')!.localName).to.equal('h4');
  });
});
