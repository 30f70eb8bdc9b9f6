#!/usr/bin/env node
/**
 * What a reader's browser downloads: builds the standalone bundle, loads real pages in Chromium
 * (Debian's), and sums the gzip-9 size of every script each page fetched. One budget per page,
 * written here; the check fails when a page is over, or when a page fetches code for a feature it
 * does not use (an English page a language pack, valid data the problem details).
 *
 * Data with problems pays the most: its page loads the problem sentences and hint tables (with
 * the Kurdish and Arabic month names, in those languages' chunks) and the developer's panel, so
 * that no other page does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const KB = 1024;
const ARTICLE = '/data/kadhimi-washington-2020.json';
const invalid = JSON.stringify({ title: 'Partly invalid', lang: 'en', events: [{ id: 'a', date: '2019-06', title: 'Fine' }, { id: 'b', date: 'June 2019', title: 'A date in words' }] });
/** Each page: its markup, its budget, and chunks it must not fetch (by file name). */
const PAGES = [
  { name: 'the article in Kurdish', body: `<event-timeline src="${ARTICLE}" lang="ckb"></event-timeline>`, budget: 27.8 * KB, never: /full-problem-details|intl-event-dates|from-timelinejs|timeline-json-ld|timeline-event|bundle\.ar-/ },
  { name: 'the article in English', body: `<event-timeline src="${ARTICLE}" lang="en"></event-timeline>`, budget: 26.4 * KB, never: /full-problem-details|intl-event-dates|bundle\.(ckb|ar)-|bundle\.index-/ },
  { name: 'Kurdish, alternating, gaps and weekdays', body: `<event-timeline src="${ARTICLE}" lang="ckb" layout="alternating" gaps weekdays></event-timeline>`, budget: 27.8 * KB, never: /full-problem-details|intl-event-dates/ },
  { name: 'data with problems (details load)', body: `<event-timeline lang="en" show-problems><script type="application/json">${invalid}</script></event-timeline>`, budget: 33.1 * KB, never: /intl-event-dates/ },
  { name: 'a TimelineJS file', body: `<event-timeline src="/test/fixtures/timelinejs/marktwain.json" lang="en"></event-timeline>`, budget: 31.6 * KB },
  { name: 'structured-data', body: `<event-timeline src="${ARTICLE}" lang="en" structured-data></event-timeline>`, budget: 27.3 * KB },
  { name: '<timeline-event> children', body: `<event-timeline lang="en" label="HTML"><timeline-event date="2019-06"><h3>One</h3></timeline-event></event-timeline>`, budget: 26.9 * KB },
  { name: 'Persian, dates from Intl', body: `<event-timeline src="${ARTICLE}" lang="fa"></event-timeline>`, budget: 28.1 * KB, never: /bundle\.(ckb|ar)-/ },
];
const TARGET = 16 * KB;

execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });
const dir = '.test-results/wire';
mkdirSync(dir, { recursive: true });
PAGES.forEach((page, i) =>
  writeFileSync(`${dir}/page-${i}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page.name}</title><script type="module" src="/dist/event-timeline.bundle.js"></script></head><body>${page.body}</body></html>`),
);

const server = await serveStatic('.');
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
let failed = 0;
try {
  for (const [i, page] of PAGES.entries()) {
    const tab = await browser.newPage();
    const scripts = new Set();
    tab.on('request', (request) => request.resourceType() === 'script' && scripts.add(new URL(request.url()).pathname));
    await tab.goto(`${base}/${dir}/page-${i}.html`);
    await tab.waitForFunction(() => {
      const el = document.querySelector('event-timeline');
      return el?.shadowRoot?.querySelector('[part~="event"], [part~="empty"]') && el.getAttribute('aria-busy') !== 'true' && !el.shadowRoot.querySelector('[aria-busy="true"]');
    }, undefined, { timeout: 20_000 });
    await tab.waitForTimeout(300);
    await tab.close();
    const files = [...scripts].map((path) => ({ path, gzip: gzipSync(readFileSync(`.${path}`), { level: 9 }).length }));
    const bytes = files.reduce((sum, f) => sum + f.gzip, 0);
    const stray = page.never ? files.filter((f) => page.never.test(f.path)) : [];
    const ok = bytes <= page.budget && stray.length === 0;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${page.name.padEnd(42)} ${String(bytes).padStart(6)} B in ${files.length} script(s) (budget ${Math.round(page.budget)} B)${stray.length ? `; fetched what it does not use: ${stray.map((f) => f.path).join(', ')}` : ''}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`     the article page's target: ${TARGET} B (issue 20)`);
process.exit(failed > 0 ? 1 : 0);
