// Themes, custom properties and parts (src/styles/): what a site restyles, and contrast it keeps.
import { expect, html } from '@open-wc/testing';
import { ARTICLE, events, loaded, part, parts, shadow, withData } from './harness.js';

/** WCAG contrast ratio of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('themes', () => {
  for (const theme of ['light', 'dark']) {
    it(`${theme}: text, dates and accents have at least 4.5:1 contrast`, async () => {
      const el = await withData(`lang="en" theme="${theme}"`);
      const style = getComputedStyle(el);
      const background = theme === 'light' ? 'rgb(255, 255, 255)' : style.backgroundColor;
      if (theme === 'dark') expect(contrast(background, 'rgb(0, 0, 0)'), 'a dark background').to.be.below(2);
      const colour = (selector: string) => getComputedStyle(shadow(el).querySelector(selector)!).color;
      for (const selector of ['[part~="title"]', '[part~="date"]', '[part~="date-wording"]', '.date-note summary', '[part~="status"]', '[part~="filter"]']) {
        expect(contrast(colour(selector), background), `${selector} in ${theme}`).to.be.at.least(4.5);
      }
    });
  }

  it('a site restyles it with custom properties and ::part', async () => {
    const style = document.createElement('style');
    style.textContent = `.restyled { --event-timeline-accent-color: rgb(200, 0, 0); } .restyled::part(title) { font-size: 30px; }`;
    document.head.append(style);
    const el = await withData('lang="en" class="restyled"');
    expect(getComputedStyle(shadow(el).querySelector('.date-note summary')!).color).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(part(el, 'title')!).fontSize).to.equal('30px');
    style.remove();
  });

  it('shows the exposed parts: event, date, title, description', async () => {
    const el = await loaded(html`<event-timeline lang="en" src=${ARTICLE}></event-timeline>`);
    for (const name of ['event', 'date', 'title', 'description', 'heading', 'list', 'marker']) {
      expect(part(el, name), name).to.exist;
    }
  });

  it('draws an upcoming event’s marker dashed, and each marker in its category’s filter colour', async () => {
    const el = await loaded(html`<event-timeline lang="en" src=${ARTICLE}></event-timeline>`);
    const marker = (id: string) => getComputedStyle(events(el).find((li) => li.dataset.id === id)!.querySelector('[part~="marker"]')!);
    expect(marker('white-house-meeting').borderTopStyle, 'scheduled').to.equal('dashed');
    expect(marker('delegation-departs').borderTopStyle, 'past').to.equal('solid');
    // A past event's marker is filled with its category's colour, the one its filter button shows.
    const swatches = new Map(
      parts<HTMLButtonElement>(el, 'filter')
        .filter((button) => button.querySelector('.swatch'))
        .map((button) => [button.textContent!.replace(/[\d\s]+$/, '').trim(), getComputedStyle(button.querySelector('.swatch')!).backgroundColor]),
    );
    expect(swatches.size, 'a swatch per category').to.equal(4);
    expect(new Set(swatches.values()).size, 'one colour per category').to.equal(swatches.size);
    const past = events(el).filter((li) => !li.querySelector('[part~="status"]'));
    for (const li of past) {
      const category = li.querySelector('[part~="category"]')!.textContent!.trim();
      expect(getComputedStyle(li.querySelector('[part~="marker"]')!).backgroundColor, li.dataset.id).to.equal(swatches.get(category));
    }
  });
});
