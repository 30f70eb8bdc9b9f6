import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/event-timeline.js';
import type { EventTimeline } from '../../src/event-timeline.js';
import { LAYOUTS } from '../../src/timeline-options.js';

const ARTICLE = '/data/kadhimi-washington-2020.json';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON file, spread into variants below
let article: any;
before(async () => {
  article = await (await fetch(ARTICLE)).json();
});

const shadow = (el: EventTimeline) => el.shadowRoot!;
const events = (el: EventTimeline) => [...shadow(el).querySelectorAll<HTMLLIElement>('li[part~="event"]')];
const event = (el: EventTimeline, id: string) => events(el).find((li) => li.dataset.id === id)!;
const box = (el: Element) => el.getBoundingClientRect();
const focused = (el: EventTimeline) => (shadow(el).activeElement as HTMLElement | null)?.dataset.id;

async function timeline(attributes: string, width = 900, data: unknown = undefined): Promise<EventTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
  wrapper.innerHTML = `<event-timeline ${attributes}></event-timeline>`;
  const el = wrapper.firstElementChild as EventTimeline;
  el.data = data ?? article;
  await el.updateComplete;
  await waitUntil(() => events(el).length > 0 || shadow(el).querySelector('[part~="empty"]'), 'rendered');
  await el.updateComplete;
  return el;
}

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

describe('layouts', () => {
  for (const lang of ['en', 'ckb']) {
    const rtl = lang === 'ckb';

    it(`alternating puts events on both sides of a central line when wide (${lang})`, async () => {
      const el = await timeline(`lang="${lang}" layout="alternating"`, 900);
      const list = box(shadow(el).querySelector('[part~="list"]')!);
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
      const el = await timeline(`lang="${lang}" layout="alternating"`, 420);
      const [a, b] = events(el).map((li) => box(li.querySelector('[part~="marker"]')!));
      expect(Math.abs(a!.left - b!.left)).to.be.below(1);
    });

    it(`horizontal lays events side by side on a scrollable track (${lang})`, async () => {
      const el = await timeline(`lang="${lang}" layout="horizontal"`, 700);
      const list = shadow(el).querySelector<HTMLElement>('[part~="list"]')!;
      expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
      const [a, b] = events(el).map(box);
      if (rtl) expect(b!.right).to.be.at.most(a!.left + 1);
      else expect(b!.left).to.be.at.least(a!.right - 1);
      const markers = events(el).map((li) => box(li.querySelector('[part~="marker"]')!).top);
      expect(new Set(markers.map(Math.round)).size, 'markers on one line').to.equal(1);
    });
  }

  it('horizontal scrolls to the event the keyboard moves to, forward to the left in Kurdish', async () => {
    const el = await timeline('lang="ckb" layout="horizontal"', 600);
    const list = shadow(el).querySelector<HTMLElement>('[part~="list"]')!;
    events(el)[0]!.focus();
    events(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    expect(focused(el)).to.equal(events(el)[1]!.dataset.id);
    events(el)[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    const last = events(el).at(-1)!;
    expect(focused(el)).to.equal(last.dataset.id);
    await waitUntil(() => {
      const l = box(last);
      const track = box(list);
      return l.left >= track.left - 1 && l.right <= track.right + 1;
    }, 'the last event scrolled into view');
  });
});

describe('work on property changes', () => {
  it('changing the view (layout, theme, language, digits, gaps, weekdays, filters) never reads or sorts the data again', async () => {
    const el = await timeline('lang="en"');
    let loads = 0;
    el.addEventListener('event-timeline-load', () => loads++);
    const first = events(el)[0]!;
    const changes: [string, string | null][] = [
      ['layout', 'alternating'],
      ['theme', 'dark'],
      ['lang', 'ckb'],
      ['numerals', 'latn'],
      ['gaps', ''],
      ['weekdays', ''],
      ['layout', 'horizontal'],
    ];
    for (const [name, value] of changes) {
      el.setAttribute(name, value!);
      await el.updateComplete;
    }
    shadow(el).querySelectorAll<HTMLButtonElement>('[part~="filter"]')[1]!.click();
    await el.updateComplete;
    shadow(el).querySelectorAll<HTMLButtonElement>('[part~="filter"]')[0]!.click();
    await el.updateComplete;
    // The timeline is parsed and sorted once per data: a new parse would fire event-timeline-load.
    expect(loads).to.equal(0);
    // And the events' DOM is updated in place, not rebuilt.
    expect(events(el)[0]).to.equal(first);
    // …and shows the changes: Kurdish month names with Latin digits.
    expect(first.querySelector('time')!.textContent).to.equal('حوزەیرانی 2019');
  });
});

describe('themes', () => {
  for (const theme of ['light', 'dark']) {
    it(`${theme}: text, dates and accents have at least 4.5:1 contrast`, async () => {
      const el = await timeline(`lang="en" theme="${theme}"`);
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
    const el = await timeline('lang="en" class="restyled"');
    expect(getComputedStyle(shadow(el).querySelector('.date-note summary')!).color).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(shadow(el).querySelector('[part~="title"]')!).fontSize).to.equal('30px');
    style.remove();
  });
});

describe('accessibility (axe-core) in every layout, theme and language', () => {
  for (const layout of LAYOUTS) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'ckb', 'ar']) {
        it(`${layout}, ${theme}, ${lang}`, async () => {
          const el = await timeline(`lang="${lang}" layout="${layout}" theme="${theme}" gaps`);
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  it('collapsed, filtered, with media and links', async () => {
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
    const el = await timeline('lang="en" collapsed', 900, data);
    shadow(el).querySelector<HTMLButtonElement>('[part~="filter"]:nth-of-type(2)')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('headings and the region', () => {
  it('is a region labelled by its heading; heading-level sets the levels', async () => {
    const el = await timeline('lang="en" heading-level="3"');
    const base = shadow(el).querySelector('[part~="base"]')!;
    const heading = shadow(el).querySelector('[part~="heading"]')!;
    expect(base.localName).to.equal('section');
    expect(base.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(heading.localName).to.equal('h3');
    expect(shadow(el).querySelector('[part~="title"]')!.localName).to.equal('h4');
  });
});

describe('keyboard', () => {
  it('one event is in the tab order; arrows, Home and End move between events', async () => {
    const el = await timeline('lang="en"');
    expect(events(el).filter((li) => li.tabIndex === 0)).to.have.length(1);
    const first = events(el)[0]!;
    first.focus();
    const key = (k: string) => shadow(el).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    key('ArrowDown');
    expect(focused(el)).to.equal('strategic-dialogue-begins');
    key('End');
    expect(focused(el)).to.equal('energy-committee-meeting');
    key('ArrowDown');
    expect(focused(el)).to.equal('energy-committee-meeting');
    key('Home');
    expect(focused(el)).to.equal('trade-investment-agreement');
    key('ArrowUp');
    expect(focused(el)).to.equal('trade-investment-agreement');
    await el.updateComplete;
    expect(events(el).find((li) => li.tabIndex === 0)!.dataset.id).to.equal('trade-investment-agreement');
  });

  it('with a real keyboard: Tab reaches the timeline, arrows move, the focused event shows a ring', async () => {
    const data = { title: 't', lang: 'en', events: [1, 2, 3].map((n) => ({ id: `e${n}`, date: `201${n}`, title: `Event ${n}` })) };
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
    const el = document.createElement('event-timeline');
    el.lang = 'en';
    el.data = data;
    wrapper.append(el);
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('e1');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('e2');
    const ring = getComputedStyle(event(el, 'e2'));
    expect(ring.outlineStyle).to.equal('solid');
    expect(ring.outlineWidth).to.equal('2px');
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('e3');
  });
});

describe('selecting an event', () => {
  it('fires event-timeline-select on click and on Enter, with the event', async () => {
    const el = await timeline('lang="en"');
    const clicked = oneEvent(el, 'event-timeline-select');
    event(el, 'delegation-departs').querySelector<HTMLElement>('[part~="title"]')!.click();
    expect((await clicked).detail.event.id).to.equal('delegation-departs');
    const entered = oneEvent(el, 'event-timeline-select');
    const li = event(el, 'white-house-meeting');
    li.focus();
    li.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect((await entered).detail.event.id).to.equal('white-house-meeting');
  });

  it('leaves clicks on the event’s own controls to them', async () => {
    const el = await timeline('lang="en"');
    let selected = 0;
    el.addEventListener('event-timeline-select', () => selected++);
    event(el, 'delegation-departs').querySelector<HTMLElement>('summary')!.click();
    expect(selected).to.equal(0);
  });
});

describe('deep links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('#event-id on load scrolls to, focuses and highlights that event', async () => {
    history.replaceState(null, '', '#white-house-meeting');
    const el = await timeline('lang="en"');
    await waitUntil(() => focused(el) === 'white-house-meeting', 'focused');
    expect(event(el, 'white-house-meeting').getAttribute('aria-current')).to.equal('true');
    expect(events(el).filter((li) => li.hasAttribute('aria-current'))).to.have.length(1);
  });

  it('follows a later hash change, clearing a filter that hides the event', async () => {
    const el = await timeline('lang="en"');
    shadow(el).querySelectorAll<HTMLButtonElement>('[part~="filter"]')[1]!.click(); // Economy
    await el.updateComplete;
    expect(events(el).map((li) => li.dataset.id)).to.not.include('delegation-departs');
    location.hash = '#delegation-departs';
    await waitUntil(() => focused(el) === 'delegation-departs', 'focused after hashchange');
    expect(events(el)).to.have.length(8);
    expect(event(el, 'delegation-departs').getAttribute('aria-current')).to.equal('true');
  });
});

describe('category filters', () => {
  it('show one chip per category with counts, and filter the events', async () => {
    const el = await timeline('lang="en"');
    const chips = () => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="filter"]')];
    expect(chips().map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'All 8',
      'Economy 2',
      'Security 1',
      'Diplomacy 3',
      'Energy 2',
    ]);
    expect(shadow(el).querySelector('[part~="filters"]')!.getAttribute('role')).to.equal('group');
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
    const el = await timeline('lang="ckb"');
    const chip = shadow(el).querySelectorAll('[part~="filter"]')[1]!;
    expect(chip.textContent!.replace(/\s+/g, ' ').trim()).to.equal('ئابووری ٢');
  });

  it('are not shown when there is one category or none', async () => {
    const el = await timeline('lang="en"', 900, { title: 't', lang: 'en', events: [{ id: 'a', date: '2019', title: 'x', category: 'one' }] });
    expect(shadow(el).querySelector('[part~="filters"]')).to.not.exist;
  });
});

describe('details, the time of writing, media', () => {
  it('collapsed: details open and close with a toggle', async () => {
    const el = await timeline('lang="en" collapsed');
    const li = event(el, 'delegation-departs');
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

  it('marks the time of writing once, before the first event still to come', async () => {
    const el = await timeline('lang="en"');
    const now = [...shadow(el).querySelectorAll('[part~="now"]')];
    expect(now).to.have.length(1);
    expect(now[0]!.closest('li')!.dataset.id).to.equal('white-house-meeting');
    expect(now[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('At the time of writing 20 August 2020');
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
    const el = await timeline('lang="en"', 600, data);
    const [sized, unsized] = [...shadow(el).querySelectorAll<HTMLImageElement>('[part~="image"]')];
    expect(sized!.loading).to.equal('lazy');
    expect(sized!.getAttribute('width')).to.equal('390');
    expect(box(sized!).height, 'space reserved before loading').to.be.greaterThan(100);
    expect(box(unsized!).height, '16:9 box without sizes').to.be.closeTo((box(unsized!).width * 9) / 16, 2);
    expect(shadow(el).querySelector('[part~="caption"]')!.textContent).to.contain('Credit: Rudaw');
    const hostile = event(el, 'c');
    expect(hostile.querySelector('img')).to.not.exist;
    expect([...hostile.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/']);
  });
});

describe('TimelineJS data', () => {
  const timelineJS = {
    title: { text: { headline: 'From <em>TimelineJS</em>' } },
    events: [
      { start_date: { year: '1901' }, text: { headline: 'Year only', text: '<p>A <a href="https://example.org/">link</a></p>' }, group: 'Video' },
      { start_date: { year: 1902, month: 3, day: '' }, text: { headline: 'A month' }, background: { color: '#000' }, group: 'Image' },
      { text: { headline: 'No date' } },
    ],
  };

  it('is detected and converted; what could not be kept is listed with the other problems', async () => {
    const el = await timeline('lang="en"', 900, timelineJS);
    expect(shadow(el).querySelector('[part~="heading"]')!.textContent).to.equal('From TimelineJS');
    expect(events(el).map((li) => li.querySelector('time')!.textContent)).to.deep.equal(['1901', 'March 1902']);
    expect(events(el)[0]!.querySelector('[part~="link"]')!.getAttribute('href')).to.equal('https://example.org/');
    expect(shadow(el).querySelectorAll('[part~="filter"]')).to.have.length(3);
    const problems = shadow(el).querySelector('[part~="problems"]')!.textContent!;
    expect(problems).to.contain('events[1].background');
    expect(problems).to.contain('events[2].start_date');
  });

  it('data given while TimelineJS data is still being converted wins over it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('event-timeline');
    // Updates run synchronously here, so that the second data arrives before the converter (a
    // module loaded on demand) can answer for the first.
    const update = () => (el as unknown as { performUpdate(): void }).performUpdate();
    el.lang = 'en';
    el.data = timelineJS;
    wrapper.append(el);
    update();
    el.data = article;
    update();
    expect(events(el)).to.have.length(8);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(events(el)).to.have.length(8);
    expect(events(el).map((li) => li.querySelector('time')!.textContent)).to.not.include('1901');
  });

  it('format="event-timeline" never converts', async () => {
    const el = await timeline('lang="en" format="event-timeline"', 900, timelineJS);
    expect(events(el)).to.have.length(0);
  });
});

describe('structured data', () => {
  it('structured-data adds schema.org JSON-LD for the events, in the reader’s language', async () => {
    const el = await timeline('lang="en" structured-data');
    const read = () => JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    const ld = read();
    expect(ld['@type']).to.equal('ItemList');
    expect(ld.itemListElement).to.have.length(8);
    const items = ld.itemListElement.map((entry: { item: Record<string, string> }) => entry.item);
    expect(items[0]).to.include({ '@type': 'Event', name: 'Iraq and the US reach an agreement on trade and investment', startDate: '2019-06' });
    expect(items.find((i: { identifier: string }) => i.identifier === 'pompeo-receives-kadhimi')).to.include({ startDate: '2020-08-18', endDate: '2020-08-20' });
    expect(items.find((i: { identifier: string }) => i.identifier === 'white-house-meeting').eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(items.find((i: { identifier: string }) => i.identifier === 'energy-committee-meeting')).to.not.have.property('endDate');
    el.lang = 'ckb';
    await el.updateComplete;
    expect(read().itemListElement[0].item.name).to.equal('رێککەوتنی بازرگانی و وەبەرهێنانی عێراق و ئەمریکا');
    expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
  });

  it('adds nothing without the attribute', async () => {
    const el = await timeline('lang="en"');
    expect(el.querySelector('script[type="application/ld+json"]')).to.not.exist;
  });
});

describe('<timeline-event> children', () => {
  it('renders events written in HTML like JSON events, in date order', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <event-timeline lang="en" label="Written in HTML">
        <timeline-event id="second" date="2020-08-20" category="diplomacy" status="scheduled">
          <h3>The White House meeting</h3>
          <p>Trump receives Kadhimi.</p>
        </timeline-event>
        <timeline-event date="2019-06" category="economy">
          <h3>The trade agreement</h3>
          <p>Signed in June.</p>
          <p>Developed later.</p>
        </timeline-event>
      </event-timeline>
    </div>`);
    const el = wrapper.querySelector('event-timeline')!;
    await waitUntil(() => events(el).length === 2, 'rendered');
    expect(shadow(el).querySelector('[part~="heading"]')!.textContent).to.equal('Written in HTML');
    expect(events(el).map((li) => li.dataset.id)).to.deep.equal(['event-2', 'second']);
    expect(events(el)[0]!.querySelector('[part~="description"]')!.textContent).to.equal('Signed in June. Developed later.');
    expect(events(el)[1]!.querySelector('[part~="status"]')!.textContent!.trim()).to.equal('Scheduled');
    expect(events(el)[0]!.querySelector('time')!.textContent).to.equal('June 2019');
    // The originals are no longer shown once the element renders them.
    expect(box(el.querySelector('timeline-event')!).height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('follows edits to the children', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <event-timeline lang="en" label="Edited"><timeline-event date="2019"><h3>One</h3></timeline-event></event-timeline>
    </div>`);
    const el = wrapper.querySelector('event-timeline')!;
    await waitUntil(() => events(el).length === 1, 'one');
    const added = document.createElement('timeline-event');
    added.setAttribute('date', '2018');
    added.innerHTML = '<h3>Zero</h3>';
    el.append(added);
    await waitUntil(() => events(el).length === 2, 'two');
    expect(events(el)[0]!.querySelector('[part~="title"]')!.textContent).to.equal('Zero');
  });
});
