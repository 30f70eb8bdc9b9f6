import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import './fast-check-seed.js';
import { run } from '../../src/cli/main.js';
import { extractTimeline } from '../../src/extract/extract-events.js';
import { tagTemporalExpressions } from '../../src/extract/temporal-tagger.js';
import { validateTimelineData } from '../../src/cli/validate-timeline-file.js';

const SEED = 'test/fixtures/seed/article-ckb.txt';
// Thursday 20 August 2020, the article's own day.
const tag = (text: string, lang: 'ckb' | 'en' = 'ckb', published = '2020-08-20') =>
  tagTemporalExpressions(text, { lang, published }).map((m) => [m.rule, m.edtf, m.text]);

describe('temporal tagger: Central Kurdish rules', () => {
  const cases: [string, string, string, string][] = [
    // rule, positive sentence, expected date, expected wording
    ['ckb.day-month-year', 'لە رۆژی ٢٠ ـی ئابی ٢٠٢٠ کۆدەبنەوە', '2020-08-20', '٢٠ ـی ئابی ٢٠٢٠'],
    ['ckb.day-month-year', 'لە ٣ی ئادار 2021 گەیشت', '2021-03-03', '٣ی ئادار 2021'],
    ['ckb.month-year', 'رێککەوتنی حوزەیرانی ٢٠١٩', '2019-06', 'حوزەیرانی ٢٠١٩'],
    ['ckb.month-year', 'لە مانگی تەمموزی ٢٠١٨دا', '2018-07', 'لە مانگی تەمموزی ٢٠١٨دا'],
    ['ckb.month-this-year', 'لە مانگی حوزەیرانی ئەمساڵدا دەستیان پێکرد', '2020-06', 'لە مانگی حوزەیرانی ئەمساڵدا'],
    ['ckb.beginning-end', 'لە سەرەتای ساڵی ٢٠١٩ دەستیپێکرد', '2019-01/2019-03', 'سەرەتای ساڵی ٢٠١٩'],
    ['ckb.beginning-end', 'کۆتایی ئاب ٢٠٢٠ تەواو بوو', '2020-08-21/2020-08-31', 'کۆتایی ئاب ٢٠٢٠'],
    ['ckb.today', 'ئەمڕۆ پێنجشەممە کۆدەبێتەوە', '2020-08-20', 'ئەمڕۆ پێنجشەممە'],
    ['ckb.yesterday', 'دوێنێ گەیشتە واشنتن', '2020-08-19', 'دوێنێ'],
    ['ckb.tomorrow', 'سبەینێ دەگەڕێتەوە', '2020-08-21', 'سبەینێ'],
    ['ckb.weekday', 'رۆژی سێشەممە بەڕێکەوت', '2020-08-18', 'رۆژی سێشەممە'],
    ['ckb.weekday', 'رۆژی شەممەی داهاتوو دەگەڕێتەوە', '2020-08-22', 'رۆژی شەممەی داهاتوو'],
    ['ckb.this-year', 'هەڵبژاردن لەمساڵدا بکەن', '2020-08-20/2020-12-31', 'لەمساڵدا'],
    ['ckb.this-year', 'ئەمساڵ نرخی نەوت دابەزی بوو', '2020', 'ئەمساڵ'],
    ['ckb.last-year', 'ساڵی ڕابردوو هەڵبژاردن کرا', '2019', 'ساڵی ڕابردوو'],
    ['ckb.next-year', 'ساڵی داهاتوو هەڵبژاردن دەکرێت', '2021', 'ساڵی داهاتوو'],
    ['ckb.next-month', 'مانگی داهاتوو سەردان دەکات', '2020-09', 'مانگی داهاتوو'],
    ['ckb.last-month', 'مانگی ڕابردوو گەیشت', '2020-07', 'مانگی ڕابردوو'],
    ['ckb.last-week', 'هەفتەی ڕابردوو کۆبوونەوە', '2020-08-08/2020-08-14', 'هەفتەی ڕابردوو'],
    ['ckb.near-future', 'لەماوەیەکی نزیکدا کۆبوونەوەیەک بکەن', '2020-08-20/..', 'لەماوەیەکی نزیکدا'],
    ['ckb.year', 'لە ساڵی ٢٠٠٣دا رووخا', '2003', 'لە ساڵی ٢٠٠٣دا'],
  ];
  for (const [rule, sentence, date, wording] of cases) {
    it(`${rule}: «${sentence}» → ${date}`, () => {
      assert.deepEqual(tag(sentence), [[rule, date, wording]]);
    });
  }

  // One near miss per rule: what looks like it but is not a date.
  const nearMisses: [string, string][] = [
    ['ckb.day-month-year', '٢٠ کەس لە ئاب گەیشتن'],
    ['ckb.month-year', 'حوزەیران مانگێکی گەرمە'],
    ['ckb.month-this-year', 'لە مانگی حوزەیراندا'],
    ['ckb.beginning-end', 'سەرەتای کۆبوونەوەکە'],
    ['ckb.today', 'ڕۆژنامەی ئەمڕۆیی'],
    ['ckb.yesterday', 'دوێنێشەو'],
    ['ckb.tomorrow', 'بەیانی باش'],
    ['ckb.weekday', 'سێشەممەکان'],
    ['ckb.this-year', 'ساڵێکی زۆر'],
    ['ckb.last-year', 'ساڵی نوێ'],
    ['ckb.next-year', 'ساڵی داهاتوویی ئابووری'],
    ['ckb.next-month', 'مانگی رەمەزان'],
    ['ckb.last-month', 'مانگی رابردووەکان'],
    ['ckb.last-week', 'هەفتەی کتێب'],
    ['ckb.near-future', 'ماوەیەکی درێژ'],
    ['ckb.year', 'ژمارە ٢٥٠٠ کەس'],
  ];
  for (const [rule, sentence] of nearMisses) {
    it(`${rule} does not fire on «${sentence}»`, () => {
      assert.deepEqual(tag(sentence), []);
    });
  }

  it('spelling variants: kashida, ZWNJ, Arabic letters, Persian digits', () => {
    assert.deepEqual(tag('حوزەیـرانی ۲۰۱۹')[0]!.slice(0, 2), ['ckb.month-year', '2019-06']);
    assert.deepEqual(tag('کانونی دووەمی ٢٠٢٠')[0]!.slice(0, 2), ['ckb.month-year', '2020-01']);
    assert.deepEqual(tag('ئایار ٢٠٢٠')[0]!.slice(1, 2), ['2020-05']);
    assert.deepEqual(tag('مایس ٢٠٢٠')[0]!.slice(1, 2), ['2020-05']);
    assert.deepEqual(tag('ئەیلول ٢٠٢٠')[0]!.slice(1, 2), ['2020-09']);
  });

  it('negatives: numbers, words that contain a name, and other text are not dates', () => {
    for (const sentence of [
      'پێنج کورد لەنێو شاندەکەدا هەن',
      'کۆڤید ١٩ و کەمبوونەوەی نرخی نەوت',
      'هۆنی وێڵ UOP، ستێڵار ئینێرجی',
      'نیسانەکان', // a name inside a longer word
      'ژمارە ٢٥٠٠ کەس',
      'ڕۆژنامەی ئەمڕۆیی', // ئەمڕۆ inside a word
      'سێشەممەکان', // a weekday inside a longer word
    ]) {
      assert.deepEqual(tag(sentence), [], sentence);
    }
  });
});

describe('temporal tagger: English rules', () => {
  const cases: [string, string, string, string][] = [
    ['en.day-month-year', 'They met on 20 August 2020 in Washington', '2020-08-20', '20 August 2020'],
    ['en.month-day-year', 'They met on August 20, 2020.', '2020-08-20', 'August 20, 2020'],
    ['en.month-year', 'the agreement of June 2019', '2019-06', 'June 2019'],
    ['en.month-this-year', 'In June of this year the dialogue began', '2020-06', 'June of this year'],
    ['en.beginning-end', 'work ends in late 2021', '2021-10/2021-12', 'late 2021'],
    ['en.today', 'he is to meet Trump today, Thursday', '2020-08-20', 'today, Thursday'],
    ['en.yesterday', 'yesterday the delegation arrived', '2020-08-19', 'yesterday'],
    ['en.tomorrow', 'they fly home tomorrow', '2020-08-21', 'tomorrow'],
    ['en.weekday', 'On Tuesday Kadhimi set off', '2020-08-18', 'On Tuesday'],
    ['en.weekday', 'next Monday they will sign', '2020-08-24', 'next Monday'],
    ['en.this-year', 'they agreed to hold another meeting this year', '2020-08-20/2020-12-31', 'this year'],
    ['en.last-year', 'elections last year', '2019', 'last year'],
    ['en.next-year', 'elections next year', '2021', 'next year'],
    ['en.next-month', 'a visit next month', '2020-09', 'next month'],
    ['en.last-month', 'a visit last month', '2020-07', 'last month'],
    ['en.last-week', 'talks last week', '2020-08-08/2020-08-14', 'last week'],
    ['en.near-future', 'a committee meeting in the near future', '2020-08-20/..', 'in the near future'],
    ['en.year', 'the invasion in 2003', '2003', 'in 2003'],
  ];
  for (const [rule, sentence, date, wording] of cases) {
    it(`${rule}: “${sentence}” → ${date}`, () => {
      assert.deepEqual(tag(sentence, 'en'), [[rule, date, wording]]);
    });
  }

  const nearMisses: [string, string][] = [
    ['en.day-month-year', 'on 20 August they met'],
    ['en.month-day-year', 'on August 20 they met'],
    ['en.month-year', 'in June they met'],
    ['en.month-this-year', 'this June they met'],
    ['en.beginning-end', 'at the end of the talks'],
    ['en.today', 'todays news'],
    ['en.yesterday', 'yesterdays'],
    ['en.tomorrow', 'Tomorrowland'],
    ['en.weekday', 'on Tuesdays they meet'],
    ['en.this-year', 'this yearbook'],
    ['en.last-year', 'the last years of his life'],
    ['en.next-year', 'next yearly report'],
    ['en.next-month', 'the next months'],
    ['en.last-month', 'last monthly figures'],
    ['en.last-week', 'last weekend'],
    ['en.near-future', 'the soonest possible'],
    ['en.year', 'the 1500 troops, COVID-19, Mayday'],
  ];
  for (const [rule, sentence] of nearMisses) {
    it(`${rule} does not fire on “${sentence}”`, () => {
      assert.deepEqual(tag(sentence, 'en'), []);
    });
  }

  it('does not propose a day that does not exist: «٣١ی شوبات ٢٠٢٠» is February 2020', () => {
    assert.deepEqual(tag('لە ٣١ی شوبات ٢٠٢٠ گەیشت').map(([rule, edtf]) => [rule, edtf]), [['ckb.month-year', '2020-02']]);
    assert.deepEqual(tag('on 31 February 2021 they met', 'en').map(([rule, edtf]) => [rule, edtf]), [['en.month-year', '2021-02']]);
  });

  it('weeks start on Saturday: on a Saturday, last week is the seven days before it; a leap year has 29 February', () => {
    assert.deepEqual(tag('talks last week', 'en', '2020-08-22'), [['en.last-week', '2020-08-15/2020-08-21', 'last week']]);
    assert.deepEqual(tag('کۆتایی شوبات ٢٠٢٤'), [['ckb.beginning-end', '2024-02-21/2024-02-29', 'کۆتایی شوبات ٢٠٢٤']]);
    assert.deepEqual(tag('a visit last month', 'en', '2020-03-31'), [['en.last-month', '2020-02', 'last month']]);
  });

  it('refuses a publication day that does not exist', () => {
    assert.throws(() => tagTemporalExpressions('today', { lang: 'en', published: '2021-02-29' }), /published/);
  });

  it('unknown input never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('ckb' as const, 'en' as const), (text, lang) => {
        tagTemporalExpressions(text, { lang, published: '2020-08-20' });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('extraction from the seed article', () => {
  const article = readFileSync(SEED, 'utf8');
  const curated = JSON.parse(readFileSync('data/kadhimi-washington-2020.json', 'utf8'));
  const draft = extractTimeline(article, { lang: 'ckb', published: '2020-08-20' });

  it('finds every hand-curated event whose date comes from an expression of time, with the same date (recall 100%)', (t) => {
    // The events whose date the article words (a dateWording), not those inferred from context.
    const expected = curated.events.filter((e: { dateWording?: unknown }) => e.dateWording);
    const matches = (c: { date: string; source: { paragraph: number } }) =>
      draft.events.some((d) => d.date === c.date && d.source!.paragraph === c.source.paragraph);
    const found = expected.filter(matches);
    const truePositives = draft.events.filter((d) => curated.events.some((c: { date: string; source: { paragraph: number } }) => c.date === d.date && c.source.paragraph === d.source!.paragraph));
    const recall = found.length / expected.length;
    const precision = truePositives.length / draft.events.length;
    t.diagnostic(`recall ${found.length}/${expected.length} = ${(recall * 100).toFixed(0)}%, precision ${truePositives.length}/${draft.events.length} = ${(precision * 100).toFixed(0)}%`);
    console.log(`extraction on the seed article: recall ${(recall * 100).toFixed(0)}% (${found.length}/${expected.length}), precision ${(precision * 100).toFixed(0)}% (${truePositives.length}/${draft.events.length})`);
    assert.equal(expected.length, 6);
    assert.deepEqual(expected.filter((c: never) => !matches(c)).map((c: { id: string }) => c.id), []);
    assert.ok(precision >= 0.8);
  });

  it('the draft is valid data whose quotes are in the article; every event says its rule and confidence', () => {
    const report = validateTimelineData(draft, article);
    assert.equal(report.errors, 0, JSON.stringify(report.problems));
    assert.equal(report.warnings, 0, JSON.stringify(report.problems));
    for (const event of draft.events) {
      assert.match(event.extraction!.rule, /^ckb\./);
      assert.ok(event.extraction!.confidence > 0 && event.extraction!.confidence <= 1);
      assert.ok(String(event.title).length > 0);
    }
  });

  it('event-timeline extract writes the draft; wrong usage exits 2', async () => {
    const result = await run(['extract', SEED, '--lang', 'ckb', '--published', '2020-08-20']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).events.length, draft.events.length);
    assert.equal((await run(['extract', SEED, '--lang', 'ckb'])).code, 2);
    assert.equal((await run(['extract', SEED, '--lang', 'fr', '--published', '2020-08-20'])).code, 2);
    assert.equal((await run(['extract', 'missing.txt', '--lang', 'en', '--published', '2020-08-20'])).code, 2, 'a missing file is an input failure, exit 2');
    assert.match((await run(['extract', '--help'])).stdout, /Usage: event-timeline extract/);
  });

  it('works on English text too (the translation of paragraph 17)', () => {
    const draftEn = extractTimeline(
      'On Tuesday, Mustafa Kadhimi, the Prime Minister of Iraq, set off for the United States at the head of a high-level delegation; he is scheduled to meet Donald Trump today, Thursday.',
      { lang: 'en', published: '2020-08-20' },
    );
    assert.deepEqual(draftEn.events.map((e) => e.date), ['2020-08-18', '2020-08-20']);
  });
});
