#!/usr/bin/env node
// Opens every story of the static Storybook build (storybook-static/, `npm run build-storybook`)
// in headless Chromium and fails on a console error, an uncaught exception, an <event-timeline>
// that never rendered, or an axe-core violation. Each story counts as one test in the summary.
// Then, against the Custom Elements Manifest (custom-elements.json): every part the stories render
// is documented and every documented part is shown by some story; each element's docs page lists
// every entry of its manifest and nothing else (no internal member), and renders its first story
// in the toolbar's language; selecting an event shows in the Actions panel.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const STATIC = 'storybook-static';
// Stories that show a failure on purpose, and the console lines that failure makes.
const EXPECTED_CONSOLE = {
  'timeline-event-timeline--load-error': [/status of 404/],
  'timeline-event-timeline--partly-invalid-data': [/problem\(s\) in the timeline data/],
  'timeline-event-timeline--timeline-js-import': [/problem\(s\) in the timeline data/],
};
// Stories whose element is meant to stay in its loading state.
const STAYS_LOADING = new Set(['timeline-event-timeline--loading']);

if (!existsSync(`${STATIC}/index.json`)) {
  console.error(`${STATIC}/index.json is missing: run \`npm run build-storybook\` first.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const entries = Object.values(JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8')).entries);
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const server = await serveStatic(STATIC, { index: '/index.html' });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

let passed = 0;
let failed = 0;
function report(name, problems) {
  if (problems.length === 0) {
    passed += 1;
    console.log(`  ✓ ${name}`);
  } else {
    failed += 1;
    console.log(`  ✗ ${name}\n${problems.map((p) => `      ${p}`).join('\n')}`);
  }
}
/** Every `part` name the timelines of the page render, in any story. */
const renderedParts = new Set();
for (const story of stories) {
  const problems = [];
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const expected = EXPECTED_CONSOLE[story.id] ?? [];
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !expected.some((re) => re.test(m.text()))) {
      if (m.type() === 'error' || /event-timeline/.test(m.text())) problems.push(`console ${m.type()}: ${m.text().replace(/\n/g, '\n        ')}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  try {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForFunction(() => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'), null, { timeout: 15_000 });
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) problems.push('Storybook shows an error for this story');
    const settled = STAYS_LOADING.has(story.id)
      ? '[part~="loading"]'
      : '[part~="list"], [part~="error"], [part~="empty"]';
    await page
      .waitForFunction(
        (selector) => {
          const elements = [...document.querySelectorAll('event-timeline')];
          return elements.length > 0 && elements.every((el) => customElements.get('event-timeline') && el.shadowRoot?.querySelector(selector));
        },
        settled,
        { timeout: 10_000 },
      )
      .catch(() => problems.push(`<event-timeline> did not render (${settled})`));
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
    // Storybook's accessibility addon runs axe itself after each render: wait for its run to end.
    const violations = await page.evaluate(async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} node(s))`);
        } catch (error) {
          if (attempt > 50 || !/already running/.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    });
    for (const v of violations) problems.push(`axe ${v}`);
    const parts = await page.evaluate(() =>
      [...document.querySelectorAll('event-timeline')].flatMap((el) => [...(el.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((node) => [...node.part])),
    );
    for (const part of parts) renderedParts.add(part);
  } catch (error) {
    problems.push(`could not check: ${error.message}`);
  }
  await page.close();
  report(`${story.title} › ${story.name}`, problems);
}

// `category-<id>` documents the parts `category-economy`, `category-energy`…
const partPattern = (name) => new RegExp(`^${name.replace(/<[^>]+>/g, '.+')}$`);
const documentedParts = (elements.get('event-timeline')?.cssParts ?? []).map((part) => ({ name: part.name, pattern: partPattern(part.name) }));
report('Every part the stories render is documented, and every documented part is rendered', [
  ...[...renderedParts].filter((part) => !documentedParts.some((d) => d.pattern.test(part))).map((part) => `rendered but not documented (@csspart): ${part}`),
  ...documentedParts.filter((d) => ![...renderedParts].some((part) => d.pattern.test(part))).map((d) => `documented but rendered by no story: ${d.name}`),
]);

/**
 * What an element's docs page must list: its manifest's public entries, by the names the table
 * shows them. (The manifest lists none but public ones: test/node/api-reference.test.ts.)
 */
function referenceOf(element) {
  const members = (element.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !/^[#_]/.test(m.name));
  const listed = [
    ...(element.attributes ?? []).map((a) => a.name),
    ...members.filter((m) => m.kind === 'method').map((m) => `${m.name}()`),
    ...members.filter((m) => m.kind === 'field' && !m.attribute).map((m) => (m.static ? `${element.name}.${m.name}` : m.name)),
    ...(element.events ?? []).map((e) => e.name),
    ...(element.slots ?? []).map((s) => s.name || '(default)'),
    ...(element.cssParts ?? []).map((p) => p.name),
    ...(element.cssProperties ?? []).map((p) => p.name),
  ];
  return new Set(listed);
}
// Docs pages (the manifest-generated reference, the introduction): no errors, and the reference
// lists the element's attributes. Storybook's own page chrome is not ours to run axe on.
for (const entry of docs) {
  const problems = [];
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  page.on('console', (m) => m.type() === 'error' && !/status of 404/.test(m.text()) && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  try {
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs`);
    await page.waitForFunction(() => document.querySelector('.sbdocs-content, .sbdocs'), null, { timeout: 15_000 });
    await page.waitForTimeout(500);
    const element = elements.get(entry.title.split('/').at(-1));
    if (element) {
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll('table.docblock-argstable tbody tr')].filter((tr) => !tr.querySelector('td[colspan]')).map((tr) => tr.querySelector('td').innerText.trim()),
      );
      const expected = referenceOf(element);
      for (const name of expected) if (!rows.includes(name)) problems.push(`the reference does not list ${name}`);
      for (const name of rows) if (!expected.has(name)) problems.push(`the reference lists ${name}, which is not in the element's public API (custom-elements.json)`);
    }
  } catch (error) {
    problems.push(`could not check: ${error.message}`);
  }
  await page.close();
  report(`${entry.title} › ${entry.name} (docs)`, problems);
}

// A docs page speaks the toolbar's language: its stories render in Arabic when the toolbar says so.
for (const entry of docs.filter((e) => elements.has(e.title.split('/').at(-1)))) {
  const problems = [];
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  try {
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs&globals=locale:ar`);
    const shown = await page.waitForFunction(
      () => {
        const base = document.querySelector('event-timeline')?.shadowRoot?.querySelector('[part~="list"]')?.closest('[part~="base"]');
        return base && { lang: base.lang, dir: base.dir };
      },
      null,
      // The page renders every story of the element, the 1,000-event one included.
      { timeout: 60_000 },
    );
    const { lang, dir } = await shown.jsonValue();
    if (lang !== 'ar' || dir !== 'rtl') problems.push(`its first timeline renders in ${lang} (${dir}), not in the toolbar's ar (rtl)`);
  } catch (error) {
    problems.push(`could not check: ${error.message}`);
  }
  await page.close();
  report(`${entry.title} › ${entry.name} (docs) in the toolbar's language`, problems);
}

// The Actions panel reports the element's events: select an event of a story in the manager UI.
{
  const problems = [];
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  try {
    await page.goto(`${base}/?path=/story/timeline-event-timeline--article`);
    const story = page.frameLocator('#storybook-preview-iframe');
    await story.locator('event-timeline [part~="title"]').nth(1).click({ timeout: 60_000 });
    await page.getByRole('tab', { name: /Actions/ }).click();
    // An action shows as `name: detail`; innerText leaves out the hidden Controls table.
    await page.waitForFunction(() => document.querySelector('#storybook-panel-root')?.innerText.includes('event-timeline-select:'), null, { timeout: 5_000 });
  } catch (error) {
    problems.push(`the Actions panel did not show event-timeline-select: ${error.message.split('\n')[0]}`);
  }
  await page.close();
  report('Selecting an event shows event-timeline-select in the Actions panel', problems);
}

await browser.close();
server.close();
console.log(`Stories: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
