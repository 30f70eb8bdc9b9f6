// Server rendering in many languages at once (issue 17): each render speaks its own language,
// whatever else renders at the same time, and rendering leaves no `window` in the server process.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';

// Read before the renderer is imported: importing it is what could install a DOM shim.
const globalsBefore = new Set(Object.keys(globalThis));

const data = JSON.parse(readFileSync('data/kadhimi-washington-2020.json', 'utf8'));
const LANGS = ['en', 'ckb', 'ar', 'fa', 'de'] as const;

let renderTimeline: typeof import('../../src/ssr/render-timeline.js').renderTimeline;
const solo = new Map<string, string>();

before(async () => {
  ({ renderTimeline } = await import('../../src/ssr/render-timeline.js'));
  for (const lang of LANGS) solo.set(lang, (await renderTimeline(data, { lang, gaps: true })).element);
});

/** A month-only date (the article's first event, 2019-06) as `Intl` writes it. */
const intlMonth = (tag: string) => new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', calendar: 'gregory', timeZone: 'UTC' }).format(Date.UTC(2019, 5, 15));

describe('server rendering in mixed languages', () => {
  it('50 renders at once in en, ckb, ar, fa and de each equal the same language rendered alone', async () => {
    const langs = Array.from({ length: 50 }, (_, i) => LANGS[(i * 7) % LANGS.length]!);
    const rendered = await Promise.all(langs.map((lang) => renderTimeline(data, { lang, gaps: true })));
    rendered.forEach(({ element }, i) => assert.equal(element, solo.get(langs[i]!), `render ${i} (${langs[i]})`));
    // Not five copies of one render: each language's own strings are in its own render only.
    const marks: Record<(typeof LANGS)[number], string> = { en: '>Scheduled<', ckb: 'بڕیارە بکرێت', ar: 'مقرر', fa: intlMonth('fa'), de: intlMonth('de') };
    for (const lang of LANGS) {
      for (const other of LANGS) assert.equal(solo.get(other)!.includes(marks[lang]), other === lang || (lang === 'en' && ['fa', 'de'].includes(other)), `${marks[lang]} in ${other}`);
    }
  });

  it('lang="de" writes German dates, English chrome marked lang="en"', async () => {
    const { element, dir } = await renderTimeline(data, { lang: 'de' });
    assert.equal(dir, 'ltr');
    assert.ok(element.includes(`>${intlMonth('de')}<`), intlMonth('de'));
    assert.ok(element.includes('Juni 2019'));
    assert.match(element, /<span[^>]* lang="en" dir="ltr"[^>]*>(<!--[^>]*-->)*Scheduled/);
  });

  it('lang="fa" writes Persian dates from Intl, right to left', async () => {
    const { element, dir } = await renderTimeline(data, { lang: 'fa' });
    assert.equal(dir, 'rtl');
    assert.ok(element.includes(`>${intlMonth('fa')}<`), intlMonth('fa'));
    assert.match(element, /<section[^>]* lang="fa"[^>]* dir="rtl"/);
  });

  it('rendering leaves no window in the server process', () => {
    const added = Object.keys(globalThis).filter((key) => !globalsBefore.has(key));
    assert.ok(solo.size === LANGS.length, 'rendered first');
    assert.ok(!added.includes('window'), `globals added: ${added.join(', ')}`);
    assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
  });
});
