// Themes, custom properties and parts (src/styles/): what a site restyles, and contrast it keeps.
import { expect, html } from '@open-wc/testing';
import { ARTICLE, articleData, eventById, events, loaded, part, parts, shadow, withData } from './harness.js';

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

  describe('by category id', () => {
    const ICON = 'url("data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E")';
    let style: HTMLStyleElement;
    beforeEach(() => {
      // What a site writes: a colour and an icon for one category, by the data's id.
      style = document.createElement('style');
      style.textContent = `event-timeline::part(category-economy) { --event-timeline-category-color: rgb(1, 2, 3); --event-timeline-marker-icon: ${ICON}; }
        event-timeline.lined { --event-timeline-line-color: rgb(4, 5, 6); --event-timeline-line-style: dotted; }`;
      document.head.append(style);
    });
    afterEach(() => style.remove());

    const markerOf = (li: HTMLElement) => getComputedStyle(li.querySelector('[part~="marker"]')!);

    it('colours a category and its filter by id, whatever order the categories come in', async () => {
      const article = await articleData();
      for (const order of ['as written', 'reversed']) {
        const data = { ...article, events: order === 'reversed' ? [...article.events].reverse() : article.events };
        const el = await loaded(html`<event-timeline lang="en" .data=${data}></event-timeline>`);
        const economy = events(el).filter((li) => li.part.contains('category-economy'));
        expect(economy.length, order).to.be.greaterThan(0);
        for (const li of events(el)) {
          const marker = markerOf(li);
          // An upcoming event's marker keeps its dashed upcoming border, with the icon inside.
          const upcoming = li.part.contains('upcoming');
          if (li.part.contains('category-economy')) {
            if (!upcoming) expect(marker.borderTopColor, `${order}: ${li.dataset.id}`).to.equal('rgb(1, 2, 3)');
            expect(marker.backgroundImage, `${order}: ${li.dataset.id}`).to.contain('url(');
          } else {
            expect(marker.borderTopColor, `${order}: ${li.dataset.id}`).not.to.equal('rgb(1, 2, 3)');
            expect(marker.backgroundImage, `${order}: ${li.dataset.id}`).not.to.contain('url(');
          }
        }
        const filter = parts(el, 'filter').find((button) => button.part.contains('category-economy'))!;
        expect(getComputedStyle(filter.querySelector('.swatch')!).backgroundColor, order).to.equal('rgb(1, 2, 3)');
      }
    });

    it('exposes the filter counts, the date line and the line to the page (parts and properties)', async () => {
      const el = await loaded(html`<event-timeline class="lined" lang="en" src=${ARTICLE}></event-timeline>`);
      expect(parts(el, 'filter-count').length, 'a count per filter').to.equal(parts(el, 'filter').length);
      expect(eventById(el, 'white-house-meeting').querySelector('[part~="date-line"] time')).to.exist;
      const line = getComputedStyle(part(el, 'line')!);
      expect(line.borderInlineStartColor).to.equal('rgb(4, 5, 6)');
      expect(line.borderInlineStartStyle).to.equal('dotted');
    });
  });
});
