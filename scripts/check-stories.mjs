#!/usr/bin/env node
// Opens every story of the static Storybook build (storybook-static/, `npm run build-storybook`)
// in headless Chromium and fails on a console error, an uncaught exception, an <event-timeline>
// that never rendered, or an axe-core violation. Each story counts as one test in the summary.
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
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const server = await serveStatic(STATIC, { index: '/index.html' });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

let passed = 0;
let failed = 0;
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
  } catch (error) {
    problems.push(`could not check: ${error.message}`);
  }
  await page.close();
  if (problems.length === 0) {
    passed += 1;
    console.log(`  ✓ ${story.title} › ${story.name}`);
  } else {
    failed += 1;
    console.log(`  ✗ ${story.title} › ${story.name}\n${problems.map((p) => `      ${p}`).join('\n')}`);
  }
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
    if (entry.id.endsWith('--docs')) {
      const text = await page.evaluate(() => document.body.innerText);
      for (const name of ['layout', 'heading-level', 'event-timeline-select', '--event-timeline-accent-color']) {
        if (!text.includes(name)) problems.push(`the reference does not mention ${name}`);
      }
    }
  } catch (error) {
    problems.push(`could not check: ${error.message}`);
  }
  await page.close();
  if (problems.length === 0) {
    passed += 1;
    console.log(`  ✓ ${entry.title} › ${entry.name} (docs)`);
  } else {
    failed += 1;
    console.log(`  ✗ ${entry.title} › ${entry.name} (docs)\n${problems.map((p) => `      ${p}`).join('\n')}`);
  }
}

await browser.close();
server.close();
console.log(`Stories: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
