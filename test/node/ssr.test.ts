import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { run } from '../../src/cli/main.js';
import { renderTimeline, renderTimelinePage } from '../../src/ssr/render-timeline.js';
import { EVERY_OPTION } from './render-options-fixture.js';

const data = JSON.parse(readFileSync('data/kadhimi-washington-2020.json', 'utf8'));
const twain = JSON.parse(readFileSync('test/fixtures/timelinejs/marktwain.json', 'utf8'));

describe('server rendering', () => {
  it('renders declarative shadow DOM with every event’s title and date, in Kurdish, right to left', async () => {
    const rendered = await renderTimeline(data, { lang: 'ckb' });
    assert.equal(rendered.dir, 'rtl');
    assert.match(rendered.element, /<event-timeline[^>]* lang="ckb"/);
    assert.match(rendered.element, /<template shadowroot="open" shadowrootmode="open">/);
    for (const event of data.events) assert.ok(rendered.element.includes(event.title.ckb), event.id);
    for (const date of ['حوزەیرانی ٢٠١٩', 'حوزەیرانی ٢٠٢٠', '١٨ی ئابی ٢٠٢٠', '٢٠ی ئابی ٢٠٢٠']) assert.ok(rendered.element.includes(date), date);
    assert.match(rendered.element, /dir="rtl"/);
    // Kurdish UI strings, not English.
    assert.ok(rendered.element.includes('بڕیارە بکرێت'));
  });

  it('emits JSON-LD that is valid JSON and matches the events', async () => {
    const { jsonLd } = await renderTimeline(data, { lang: 'en' });
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(jsonLd)![1]!);
    assert.equal(ld['@type'], 'ItemList');
    assert.equal(ld.inLanguage, 'en');
    assert.deepEqual(
      ld.itemListElement.map((e: { item: { identifier: string; startDate: string; endDate?: string } }) => [e.item.identifier, e.item.startDate, e.item.endDate]),
      [
        ['trade-investment-agreement', '2019-06', undefined],
        ['strategic-dialogue-begins', '2020-06', undefined],
        ['delegation-departs', '2020-08-18', undefined],
        ['pompeo-receives-kadhimi', '2020-08-18', '2020-08-20'],
        ['energy-agreements-signed', '2020-08-18', '2020-08-20'],
        ['white-house-meeting', '2020-08-20', undefined],
        ['trade-framework-meeting', '2020-08-20', '2020-12-31'],
        ['energy-committee-meeting', '2020-08-20', undefined],
      ],
    );
    const scheduled = ld.itemListElement.filter((e: { item: { eventStatus?: string } }) => e.item.eventStatus === 'https://schema.org/EventScheduled');
    assert.equal(scheduled.length, 3);
  });

  it('keeps hostile text inside its scripts and out of the markup', async () => {
    const hostile = { title: '</script><script>alert(1)</script>', lang: 'en', events: [{ id: 'x', date: '2020', title: '<img src=x onerror=alert(1)>' }] };
    const page = await renderTimelinePage(hostile, {});
    assert.ok(!page.includes('</script><script>alert(1)'));
    assert.ok(!page.includes('<img src=x'));
    assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });

  it('event-timeline render writes the page; bad input gives exit codes', async () => {
    const result = await run(['render', 'data/kadhimi-washington-2020.json', '--lang', 'ckb', '--layout', 'alternating', '--script', '/hydrate.js']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^<!doctype html>\n<html lang="ckb" dir="rtl">/);
    assert.match(result.stdout, /<script type="module" src="\/hydrate.js"><\/script>/);
    assert.match(result.stdout, /layout="alternating"/);
    assert.equal((await run(['render'])).code, 2);
    assert.equal((await run(['render', 'data/kadhimi-washington-2020.json', '--layout', 'diagonal'])).code, 2);
    assert.equal((await run(['render', 'missing.json'])).code, 2, 'a missing file is an input failure, exit 2');
    assert.match((await run(['render', '--help'])).stdout, /Usage: event-timeline render FILE/);
  });
});

describe('server-rendered page in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  const dir = mkdtempSync(join(tmpdir(), 'event-timeline-ssr-'));

  before(async () => {
    await build({
      entryPoints: ['src/hydrate.ts'],
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      outdir: join(dir, 'hydrate'),
      conditions: ['production'],
      logLevel: 'silent',
    });
    writeFileSync(join(dir, 'page.html'), await renderTimelinePage(data, { lang: 'ckb', gaps: true, weekdays: true, scriptUrl: '/hydrate/hydrate.js' }));
    writeFileSync(join(dir, 'options.html'), await renderTimelinePage(data, { ...EVERY_OPTION, scriptUrl: '/hydrate/hydrate.js' }));
    writeFileSync(join(dir, 'timelinejs.html'), await renderTimelinePage(twain, { lang: 'en', collapsed: true, scriptUrl: '/hydrate/hydrate.js' }));
    server = createServer((request, response) => {
      const path = join(dir, decodeURIComponent(new URL(request.url!, 'http://x').pathname));
      let body: Buffer;
      try {
        body = readFileSync(path);
      } catch {
        response.writeHead(404).end();
        return;
      }
      const send = () => response.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'text/html; charset=utf-8' }).end(body);
      // The script comes late, so that the page can be seen (and marked) before it hydrates.
      if (path.endsWith('hydrate.js')) setTimeout(send, 400);
      else send();
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('with JavaScript disabled, shows every event’s title and date', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/page.html`);
    const texts = await page.locator('event-timeline li[part~="event"]').allInnerTexts();
    assert.equal(texts.length, 8);
    for (const [i, event] of data.events.entries()) assert.ok(texts.some((t) => t.includes(event.title.ckb)), `event ${i}`);
    const dates = await page.locator('event-timeline time').allInnerTexts();
    assert.deepEqual(dates.slice(0, 3), ['حوزەیرانی ٢٠١٩', 'حوزەیرانی ٢٠٢٠', 'سێشەممە، ١٨ی ئابی ٢٠٢٠']);
    const direction = await page.locator('event-timeline [part~="base"]').evaluate((el) => getComputedStyle(el).direction);
    assert.equal(direction, 'rtl');
    const markerWidth = await page.locator('event-timeline [part~="marker"]').first().evaluate((el) => el.getBoundingClientRect().width);
    assert.ok(markerWidth > 5, 'styled');
    await context.close();
  });

  it('with JavaScript, hydrates the same DOM: no layout shift, nothing built twice', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shifts: number[] }).shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${base}/page.html`, { waitUntil: 'domcontentloaded' });
    // Before the script arrives: mark the server's nodes.
    await page.evaluate(() => {
      const root = document.querySelector('event-timeline')!.shadowRoot!;
      (window as unknown as { before: Element[] }).before = [...root.querySelectorAll('li')];
    });
    await page.waitForFunction(() => customElements.get('event-timeline') !== undefined);
    await page.evaluate(() => (document.querySelector('event-timeline') as unknown as { updateComplete: Promise<unknown> }).updateComplete);
    await page.waitForTimeout(300);
    const result = await page.evaluate(() => {
      const root = document.querySelector('event-timeline')!.shadowRoot!;
      const after = [...root.querySelectorAll('li')];
      const before = (window as unknown as { before: Element[] }).before;
      return {
        count: root.querySelectorAll('li[part~="event"]').length,
        same: after.length === before.length && after.every((li, i) => li === before[i]),
        shift: (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
        interactive: root.querySelector('li[part~="event"]')!.getAttribute('tabindex'),
      };
    });
    assert.equal(result.count, 8, 'no duplicated events');
    assert.ok(result.same, 'the server’s list items are the ones in use');
    assert.equal(result.shift, 0, 'cumulative layout shift');
    assert.equal(result.interactive, '0');
    await context.close();
  });

  it('with every render option, and with TimelineJS converted on the server, the browser renders what the server did', async () => {
    for (const name of ['options.html', 'timelinejs.html']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && !message.location().url.endsWith('/favicon.ico') && errors.push(message.text()));
      await page.goto(`${base}/${name}`, { waitUntil: 'domcontentloaded' });
      // What a reader sees of an <event-timeline>: its text, headings, direction and toggles.
      const seen = `(element) => {
        const base = element.shadowRoot.querySelector('[part~="base"]');
        return {
          text: base.textContent.replace(/\\s+/g, ' '),
          headings: [...base.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName),
          dir: base.getAttribute('dir'),
          toggles: base.querySelectorAll('[part~="toggle"]').length,
        };
      }`;
      const server = await page.evaluate(`(${seen})(document.querySelector('event-timeline'))`);
      await page.evaluate(() => {
        (window as unknown as { items: Element[] }).items = [...document.querySelector('event-timeline')!.shadowRoot!.querySelectorAll('li')];
      });
      await page.waitForFunction(() => customElements.get('event-timeline') !== undefined);
      // The same tag built in the browser from its attributes and inline data, without the server's DOM.
      const browserBuilt = await page.evaluate(`(async () => {
        const rendered = document.querySelector('event-timeline');
        await rendered.updateComplete;
        const fresh = document.createElement('event-timeline');
        for (const { name, value } of rendered.attributes) fresh.setAttribute(name, value);
        fresh.append(rendered.querySelector('script').cloneNode(true));
        document.body.append(fresh);
        await fresh.updateComplete;
        return (${seen})(fresh);
      })()`);
      assert.deepEqual(browserBuilt, server, name);
      const kept = await page.evaluate(() => {
        const items = [...document.querySelector('event-timeline')!.shadowRoot!.querySelectorAll('li')];
        const before = (window as unknown as { items: Element[] }).items;
        return items.length > 0 && items.length === before.length && items.every((li, i) => li === before[i]);
      });
      assert.ok(kept, `${name}: the server’s list items are the ones in use`);
      // Hydrated, it is interactive: a toggle opens its event's details.
      const toggle = page.locator('event-timeline [part~="toggle"]').first();
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true', name);
      assert.deepEqual(errors, [], name);
      await context.close();
    }
  });
});
