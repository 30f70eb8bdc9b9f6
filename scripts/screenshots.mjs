#!/usr/bin/env node
// Screenshots of the real element for the README: the article's timeline in each layout, in
// Kurdish (right to left) and English, light and dark; and Kurdish and Arabic on a phone.
// Needs `npm run build` first and Debian's Chromium (`npm run install-browsers`).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const OUT = 'docs/screenshots';
const SHOTS = [
  { name: 'article-ckb-narrow', lang: 'ckb', width: 390 },
  { name: 'article-ar-narrow', lang: 'ar', width: 390 },
];

mkdirSync(OUT, { recursive: true });
const server = await serveStatic('.');
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  // Every layout the element knows (the demo's picker lists them), in Kurdish and English, light and dark.
  const demo = await browser.newPage();
  await demo.goto(base);
  await demo.waitForFunction(() => document.querySelectorAll('#layout option').length > 0);
  const layouts = await demo.$$eval('#layout option', (options) => options.map((o) => o.value));
  await demo.close();
  for (const layout of layouts) {
    for (const lang of ['ckb', 'en']) {
      for (const theme of ['light', 'dark']) SHOTS.push({ name: `${layout}-${lang}-${theme}`, lang, layout, theme, width: 1100 });
    }
  }
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: 800 }, deviceScaleFactor: 1 });
    page.on('pageerror', (error) => console.error(`${shot.name}: ${error.message}`));
    await page.goto(base);
    await page.waitForFunction(() => document.querySelector('event-timeline')?.shadowRoot?.querySelector('[part~="event"]'));
    if (shot.lang !== 'ckb') await page.click(`[data-lang="${shot.lang}"]`);
    if (shot.layout) await page.selectOption('#layout', shot.layout);
    if (shot.theme) await page.selectOption('#theme', shot.theme);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/${shot.name}.png`, fullPage: true });
    console.log(`${OUT}/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
