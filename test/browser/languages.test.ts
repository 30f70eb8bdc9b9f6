// Each element speaks its own language (issue 17): interface strings, dates and digits per element,
// languages a site registers at run time (demo/fa.js), `Intl` for every other language, English
// chrome marked and isolated where a language has no strings, region and script subtags, and any
// numbering system.
//
// The registry is the page's and has no way back: the describes run in file order, and the one that
// registers Persian comes last, after those that need `fa` unregistered.
import { expect, html, waitUntil } from '@open-wc/testing';
import { fa } from '../../demo/fa.js';
import { uiTextFor } from '../../src/i18n/localization.js';
import { registerTimelineLanguage } from '../../src/languages/registry.js';
import { STRING_IDS } from '../../src/languages/timeline-strings.js';
import { articleData, dates, part, parts, place, shadow, withData, type EventTimeline } from './harness.js';

/** The English interface strings, the reference every other language translates. */
const ENGLISH = uiTextFor('en', 'en').strings;

/** A month-only date (the article's first event, 2019-06) as `Intl` writes it in `tag`. */
const intlMonth = (tag: string, numberingSystem?: string) =>
  new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', calendar: 'gregory', timeZone: 'UTC', ...(numberingSystem ? { numberingSystem } : {}) }).format(Date.UTC(2019, 5, 15));

const textOf = (node: Element | null | undefined) => node?.textContent?.trim() ?? '';

/** The interface strings a reader meets in the article's timeline, read from the shadow DOM. */
function chrome(el: EventTimeline) {
  return {
    all: textOf(part(el, 'filter')?.querySelector('span')),
    statuses: [...new Set(parts(el, 'status').map(textOf))],
    now: textOf(part(el, 'now')?.querySelector('span')),
    asWritten: textOf(part(el, 'date-wording')?.querySelector('span')),
    note: textOf(shadow(el).querySelector('[part~="date-note"] summary')),
  };
}

const EN_CHROME = { all: 'All', statuses: ['Scheduled', 'Planned'], now: 'At the time of writing', asWritten: 'As written:', note: 'How this date was worked out' };
const CKB_CHROME = { all: 'هەموو', statuses: ['بڕیارە بکرێت', 'پلانی بۆ دانراوە'], now: 'لە کاتی نووسیندا', asWritten: 'وەک لە سەرچاوەدا هاتووە:', note: 'ئەم رێکەوتە چۆن دیاریکرا' };

/** Waits until the element shows these interface strings, and says which it shows if it never does. */
async function showsChrome(el: EventTimeline, expected: ReturnType<typeof chrome>, what: string): Promise<void> {
  await waitUntil(() => JSON.stringify(chrome(el)) === JSON.stringify(expected), what, { timeout: 4000 }).catch(() => undefined);
  expect(chrome(el), what).to.deep.equal(expected);
}

/** Every text of the shadow DOM, with the element it is in; with `names`, also the accessible names given as attributes. */
function shownTexts(el: EventTimeline, names = false): { text: string; element: Element }[] {
  const found: { text: string; element: Element }[] = [];
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text && node.parentElement && node.data.trim()) found.push({ text: node.data, element: node.parentElement });
    if (names && node instanceof Element) for (const name of ['aria-label', 'title', 'alt']) if (node.getAttribute(name)) found.push({ text: node.getAttribute(name)!, element: node });
  }
  return found;
}

const allText = (el: EventTimeline) => shownTexts(el, true).map((t) => t.text).join('\n');

/**
 * The English interface strings shown (as text; with `names`, as accessible names too), and those
 * of them not inside an element marked English (`en`, `en-US`…) and left to right.
 */
function englishChrome(el: EventTimeline, names = false): { shown: string[]; unmarked: string[] } {
  const english = Object.values(ENGLISH).filter((s) => !s.includes('{'));
  const shown: string[] = [];
  const unmarked: string[] = [];
  for (const { text, element } of shownTexts(el, names)) {
    for (const string of english.filter((s) => text.includes(s))) {
      shown.push(string);
      if (element.closest('[lang]')?.getAttribute('lang')?.split('-')[0] !== 'en' || element.closest('[dir]')?.getAttribute('dir') !== 'ltr') unmarked.push(`${string} in <${element.localName}>`);
    }
  }
  return { shown, unmarked };
}

const EASTERN_ARABIC = /[٠-٩]/;
const PERSIAN = /[۰-۹]/;
const LATIN = /[0-9]/;

describe('an en and a ckb timeline on one page', () => {
  it('each shows only its own interface strings and digits', async () => {
    const data = await articleData();
    const wrapper = await place<HTMLDivElement>(html`<div><event-timeline lang="en" .data=${data}></event-timeline><event-timeline lang="ckb" .data=${data}></event-timeline></div>`);
    const [en, ckb] = [...wrapper.querySelectorAll('event-timeline')];
    await showsChrome(ckb!, CKB_CHROME, 'Kurdish strings in the ckb timeline');
    await showsChrome(en!, EN_CHROME, 'English strings in the en timeline, beside the Kurdish one');
    for (const string of [...Object.values(CKB_CHROME).flat()]) expect(allText(en!)).not.to.contain(string);
    expect(englishChrome(ckb!, true).shown, 'no English chrome in the Kurdish timeline').to.deep.equal([]);
    for (const time of dates(ckb!)) expect(time.textContent).to.match(EASTERN_ARABIC).and.not.match(LATIN);
    for (const time of dates(en!)) expect(time.textContent).to.match(LATIN).and.not.match(EASTERN_ARABIC);
  });

  it('each follows a change of its own lang, and the other stays', async () => {
    const data = await articleData();
    const wrapper = await place<HTMLDivElement>(html`<div><event-timeline lang="en" .data=${data}></event-timeline><event-timeline lang="ckb" .data=${data}></event-timeline></div>`);
    const [first, second] = [...wrapper.querySelectorAll('event-timeline')];
    await showsChrome(second!, CKB_CHROME, 'Kurdish first');
    first!.lang = 'ckb';
    second!.lang = 'en';
    await showsChrome(first!, CKB_CHROME, 'the first turned Kurdish');
    await showsChrome(second!, EN_CHROME, 'the second turned English');
    first!.lang = 'en';
    await showsChrome(first!, EN_CHROME, 'the first back to English');
    expect(chrome(second!)).to.deep.equal(EN_CHROME);
    expect(dates(first!)[0]!.textContent).to.equal('June 2019');
  });

  it('each follows a change of its ancestor’s lang', async () => {
    const data = await articleData();
    const wrapper = await place<HTMLDivElement>(
      html`<div><div lang="en"><event-timeline .data=${data}></event-timeline></div><div lang="ckb"><section><event-timeline .data=${data}></event-timeline></section></div></div>`,
    );
    const [en, ckb] = [...wrapper.querySelectorAll('event-timeline')];
    await showsChrome(en!, EN_CHROME, 'English from the ancestor');
    await showsChrome(ckb!, CKB_CHROME, 'Kurdish from the ancestor');
    en!.parentElement!.lang = 'ckb';
    ckb!.closest('[lang]')!.setAttribute('lang', 'en');
    await showsChrome(en!, CKB_CHROME, 'Kurdish after the ancestor changed');
    await showsChrome(ckb!, EN_CHROME, 'English after the ancestor changed');
    expect(dates(en!)[0]!.textContent).to.equal('حوزەیرانی ٢٠١٩');
    expect(dates(ckb!)[0]!.textContent).to.equal('June 2019');
  });
});

describe('languages with neither strings nor a registration: Intl', () => {
  for (const [tag, dir] of [['fa', 'rtl'], ['he', 'rtl'], ['ur', 'rtl'], ['de', 'ltr'], ['tr', 'ltr'], ['ja', 'ltr']] as const) {
    it(`${tag}: dates from Intl, ${dir}, English chrome marked lang="en" dir="ltr", English content`, async () => {
      const data = await articleData();
      const el = await withData(`lang="${tag}"`);
      await el.updateComplete;
      expect(dates(el)[0]!.textContent, 'a month-only date, as Intl writes it').to.equal(intlMonth(tag));
      expect(dates(el)[0]!.textContent).not.to.equal('June 2019');
      const base = part(el, 'base')!;
      expect(base.getAttribute('dir')).to.equal(dir);
      expect(getComputedStyle(base).direction).to.equal(dir);
      expect(chrome(el)).to.deep.equal(EN_CHROME);
      const { shown, unmarked } = englishChrome(el);
      expect(shown).to.include.members(['All', 'Scheduled', 'At the time of writing', 'As written:', 'How this date was worked out']);
      expect(unmarked, 'English chrome outside lang="en" dir="ltr"').to.deep.equal([]);
      const title = part(el, 'title')!;
      expect([title.lang, title.dir, title.textContent]).to.deep.equal(['en', 'ltr', (data.events[0]!.title as { en: string }).en]);
      expect([...new Set([...parts(el, 'title'), ...parts(el, 'description')].map((p) => p.lang))], 'every text of the data in English').to.deep.equal(['en']);
    });
  }

  it('an English accessible name (the filters’ aria-label) is marked English too, so a screen reader does not read it as Persian', async () => {
    const el = await withData('lang="fa"');
    const { shown, unmarked } = englishChrome(el, true);
    expect(shown).to.include('Filter events by category');
    expect(unmarked, 'English names outside lang="en" dir="ltr"').to.deep.equal([]);
  });

  it('a gap in Persian is Intl’s own phrase, in Persian digits, not “months later 12”', async () => {
    const el = await withData('lang="fa" gaps');
    const gaps = parts(el, 'gap').map(textOf);
    expect(gaps.length).to.be.greaterThan(0);
    const relative = new Intl.RelativeTimeFormat('fa', { numeric: 'always' });
    expect(gaps[0]).to.equal(relative.format(12, 'month'));
    for (const gap of gaps) expect(gap).not.to.match(LATIN).and.not.match(/later/);
  });
});

describe('region and script subtags', () => {
  const cases = [
    ['ckb-IQ', CKB_CHROME, 'حوزەیرانی ٢٠١٩'],
    ['ckb-Arab', CKB_CHROME, 'حوزەیرانی ٢٠١٩'],
    ['ar-IQ', { all: 'الكل', statuses: ['مقرر', 'مخطط له'], now: 'وقت كتابة الخبر', asWritten: 'كما ورد في المصدر:', note: 'كيف حُدِّد هذا التاريخ' }, 'حزيران ٢٠١٩'],
    ['en-US', EN_CHROME, 'June 2019'],
  ] as const;
  for (const [tag, expected, month] of cases) {
    it(`${tag} is served by the built-in language`, async () => {
      const el = await withData(`lang="${tag}"`);
      await showsChrome(el, expected as ReturnType<typeof chrome>, `${tag}: the built-in strings`);
      expect(dates(el)[0]!.textContent).to.equal(month);
      expect(englishChrome(el).unmarked).to.deep.equal([]);
    });
  }

  it('ku (Kurmanji, Latin script): Intl’s dates where it knows the language, left to right, English chrome marked', async () => {
    const el = await withData('lang="ku"');
    const known = Intl.DateTimeFormat.supportedLocalesOf('ku').length > 0;
    expect(dates(el)[0]!.textContent).to.equal(known ? intlMonth('ku') : 'June 2019');
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
    expect(chrome(el)).to.deep.equal(EN_CHROME);
    expect(englishChrome(el).unmarked).to.deep.equal([]);
  });
});

describe('numerals: any numbering system Intl knows', () => {
  it('arabext on a Kurdish timeline writes Persian digits', async () => {
    const el = await withData('lang="ckb" numerals="arabext"');
    expect(dates(el)[0]!.textContent).to.equal('حوزەیرانی ۲۰۱۹');
    for (const time of dates(el)) expect(time.textContent).to.match(PERSIAN).and.not.match(EASTERN_ARABIC).and.not.match(LATIN);
    expect(textOf(part(el, 'filter')?.querySelector('.count'))).to.equal('۸');
  });

  it('deva writes Devanagari digits where Intl has them', async () => {
    const el = await withData('lang="ckb" numerals="deva"');
    const deva = new Intl.NumberFormat('en', { numberingSystem: 'deva' }).resolvedOptions().numberingSystem === 'deva';
    expect(dates(el)[0]!.textContent).to.equal(deva ? 'حوزەیرانی २०१९' : 'حوزەیرانی ٢٠١٩');
  });

  for (const junk of ['junk', 'not a system!', '']) {
    it(`numerals="${junk}" falls back to the language’s digits`, async () => {
      const el = await withData(`lang="ckb" numerals="${junk}"`);
      expect(dates(el)[0]!.textContent).to.equal('حوزەیرانی ٢٠١٩');
      el.numerals = 'latn';
      await el.updateComplete;
      expect(dates(el)[0]!.textContent, 'the attribute is read at all').to.equal('حوزەیرانی 2019');
    });
  }
});

describe('a registered language (demo/fa.js): must run last, it registers Persian for the page', () => {
  let warnings: string[] = [];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => (console.warn = warn));

  it('demo/fa.js translates every interface string', () => {
    for (const id of STRING_IDS) {
      expect(fa.strings[id], id).to.be.a('string').and.not.equal(ENGLISH[id]);
      expect(fa.strings[id], id).to.match(/[\u0600-\u06ff]/);
      expect(fa.strings[id].match(/\{\d\}/g) ?? [], `${id}: the same placeholders`).to.have.members(ENGLISH[id].match(/\{\d\}/g) ?? []);
    }
  });

  it('registering re-renders an element already shown: Persian strings, Intl’s Persian months, ۰-۹', async () => {
    const el = await withData('lang="fa"');
    expect(chrome(el)).to.deep.equal(EN_CHROME);
    registerTimelineLanguage(fa);
    const { strings } = fa;
    await showsChrome(el, { all: strings.all, statuses: [strings.scheduled, strings.planned], now: strings.atTheTimeOfWriting, asWritten: strings.asWritten, note: strings.howDateWasWorkedOut }, 'Persian strings');
    expect(warnings, 'a complete language warns of nothing').to.deep.equal([]);
    expect(dates(el)[0]!.textContent).to.equal(intlMonth('fa', 'arabext'));
    for (const time of dates(el)) expect(time.textContent).to.match(PERSIAN).and.not.match(LATIN).and.not.match(EASTERN_ARABIC);
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(part(el, 'filter')!.querySelector('span')!.hasAttribute('lang'), 'the reader’s own strings need no mark').to.be.false;
    expect(englishChrome(el).shown).to.deep.equal([]);
  });

  it('a language missing a string: one console warning, and the English string shown', async () => {
    const partial: Partial<Record<keyof typeof fa.strings, string>> = { ...fa.strings };
    delete partial.all;
    // @ts-expect-error A missing string is a type error for TypeScript users.
    registerTimelineLanguage({ ...fa, code: 'fa-AF', strings: partial });
    const el = await withData('lang="fa-AF"');
    el.gaps = true;
    await el.updateComplete;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"fa-AF"').and.contain('all');
    expect(chrome(el).all.replace(/[\u2066-\u2069]/g, '')).to.equal('All');
    expect(chrome(el).now).to.equal(fa.strings.atTheTimeOfWriting);
  });
});
