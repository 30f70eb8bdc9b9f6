/**
 * The article page under a throttled mobile profile (part of `npm run bench`; `-- --throttled`
 * runs only this): `<event-timeline src="…kadhimi-washington-2020.json" lang="ckb">` with the
 * standalone bundle, against a static list of the same events with the same text, both served
 * alike by the same local server (uncompressed, and gzip). Chromium's own throttling over CDP:
 * 150 ms round trip, 1.6 Mbps down, 750 kbps up, 4x CPU slowdown. Each run is a fresh browser
 * context (empty cache, new connection). Measured in the page, from navigation start: the frame
 * after the one whose animation-frame callback first sees every event in the DOM, as the other
 * benchmarks do. Also the page's requests, to count the round trips on the critical path.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { renderTimeline } from '../src/ssr/render-timeline.js';

const ARTICLE = '/data/kadhimi-washington-2020.json';
const DIR = '.test-results/bench';
/** Lighthouse's "slow 4G" mobile profile, the one issue 20 names. */
export const MOBILE_PROFILE = { latencyMs: 150, downloadKbps: 1600, uploadKbps: 750, cpuSlowdown: 4 };

type PageKind = 'element' | 'element-preload' | 'static' | 'server-rendered';

interface Request {
  path: string;
  startMs: number;
  endMs: number;
  bytes: number;
}

interface ThrottledSample {
  /** Navigation start to the frame with every event painted. */
  allPaintedMs: number;
  firstContentfulPaintMs: number;
  requests: Request[];
}

export interface ThrottledResult {
  kind: PageKind;
  encoding: 'identity' | 'gzip';
  medianMs: number;
  fcpMedianMs: number;
  samplesMs: number[];
  /** The requests of the median run. */
  requests: Request[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const head = (title: string, script = '') =>
  `<!doctype html><html lang="ckb" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(title)}</title>${script}</head><body><main>`;

/**
 * Writes the three pages: the article, the static list with the text the element shows (read
 * from the element rendered once, unthrottled, so that both show the same words), and the
 * article rendered on the server (`event-timeline/ssr`) with the hydration bundle.
 */
async function writePages(browser: Browser, base: string, count: number): Promise<Record<PageKind, string>> {
  mkdirSync(DIR, { recursive: true });
  const paths: Record<PageKind, string> = {
    element: `${DIR}/article.html`,
    'element-preload': `${DIR}/article-preload.html`,
    static: `${DIR}/article-static.html`,
    'server-rendered': `${DIR}/article-ssr.html`,
  };
  const article = '<event-timeline src="' + ARTICLE + '" lang="ckb"></event-timeline></main></body></html>';
  const bundle = '<script type="module" src="/dist/event-timeline.bundle.js"></script>';
  writeFileSync(paths.element, `${head('Article', bundle)}${article}`);
  // What a page can do without the library changing: ask for the data and the language chunk
  // with the bundle, instead of after it has run.
  const ckbChunk = readdirSync('dist').find((file) => /^event-timeline\.bundle\.ckb-.*\.js$/.test(file));
  const preload = `<link rel="preload" href="${ARTICLE}" as="fetch" crossorigin><link rel="modulepreload" href="/dist/${ckbChunk}">`;
  writeFileSync(paths['element-preload'], `${head('Article', bundle + preload)}${article}`);
  const page = await browser.newPage();
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(`${base}/${paths.element}`);
  const shown = await page.waitForFunction(
    (count) => {
      const root = document.querySelector('event-timeline')?.shadowRoot;
      const events = [...(root?.querySelectorAll<HTMLElement>('[part~="event"]') ?? [])];
      if (events.length < count) return false;
      const text = (el: Element, part: string) => el.querySelector(`[part~="${part}"]`)?.textContent ?? '';
      return {
        title: root!.querySelector('[part~="heading"]')?.textContent ?? '',
        events: events.map((e) => ({ date: text(e, 'date'), datetime: e.querySelector('time')?.getAttribute('datetime') ?? '', title: text(e, 'title'), description: text(e, 'description') })),
      };
    },
    count,
    { timeout: 30_000 },
  );
  const { title, events } = (await shown.jsonValue()) as { title: string; events: { date: string; datetime: string; title: string; description: string }[] };
  await page.close();
  writeFileSync(
    paths.static,
    `${head(title)}<section><h2>${escape(title)}</h2><ol>${events
      .map((e) => `<li><p><time datetime="${escape(e.datetime)}">${escape(e.date)}</time></p><h3>${escape(e.title)}</h3><p>${escape(e.description)}</p></li>`)
      .join('')}</ol></section></main></body></html>`,
  );
  const rendered = await renderTimeline(JSON.parse(readFileSync(`.${ARTICLE}`, 'utf8')), { lang: 'ckb' });
  writeFileSync(paths['server-rendered'], `${head(rendered.title, '<script type="module" src="/dist/event-timeline.hydrate.js"></script>')}${rendered.element}</main></body></html>`);
  return paths;
}

// Runs in the page before anything else: every animation frame, counts the events in the DOM
// (the element's shadow root, or the document's list).
const WATCH_EVENTS = (count: number) => `
  window.__name = (f) => f;
  window.allPainted = new Promise((resolve) => {
    const shown = () => {
      const element = document.querySelector('event-timeline');
      return element ? (element.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0) : document.querySelectorAll('li').length;
    };
    const frame = () => (shown() >= ${count} ? setTimeout(() => resolve(performance.now()), 0) : requestAnimationFrame(frame));
    requestAnimationFrame(frame);
  });`;

async function measure(browser: Browser, url: string, count: number): Promise<ThrottledSample> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: MOBILE_PROFILE.latencyMs,
    downloadThroughput: (MOBILE_PROFILE.downloadKbps * 1000) / 8,
    uploadThroughput: (MOBILE_PROFILE.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_PROFILE.cpuSlowdown });
  await page.addInitScript({ content: WATCH_EVENTS(count) });
  await page.goto(url, { waitUntil: 'commit' });
  const sample = await page.evaluate(async () => {
    const allPaintedMs = await (window as unknown as { allPainted: Promise<number> }).allPainted;
    // The paint entry comes with the frame's presentation, which may be after the timer above.
    const fcp = await new Promise<number>((resolve) => {
      new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').forEach((e) => resolve(e.startTime))).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(Number.NaN), 5000);
    });
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      allPaintedMs,
      firstContentfulPaintMs: fcp,
      requests: [navigation, ...resources].map((r) => ({ path: new URL(r.name).pathname, startMs: r.startTime, endMs: r.responseEnd, bytes: r.transferSize })),
    };
  });
  await context.close();
  return sample;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Measures each page `runs` times, alternating, for the encodings given (the server decides). */
export async function benchThrottledArticle(browser: Browser, servers: { encoding: 'identity' | 'gzip'; base: string }[], runs: number): Promise<ThrottledResult[]> {
  const count = (JSON.parse(readFileSync(`.${ARTICLE}`, 'utf8')) as { events: unknown[] }).events.length;
  const paths = await writePages(browser, servers[0]!.base, count);
  const kinds = Object.keys(paths) as PageKind[];
  const results: ThrottledResult[] = [];
  for (const { encoding, base } of servers) {
    const samples = Object.fromEntries(kinds.map((kind) => [kind, [] as ThrottledSample[]])) as Record<PageKind, ThrottledSample[]>;
    for (let run = 0; run < runs; run++) {
      const order = run % 2 ? [...kinds].reverse() : kinds;
      for (const kind of order) samples[kind].push(await measure(browser, `${base}/${paths[kind]}`, count));
    }
    for (const kind of kinds) {
      const times = samples[kind].map((s) => s.allPaintedMs);
      const medianMs = median(times);
      results.push({
        kind,
        encoding,
        medianMs,
        fcpMedianMs: median(samples[kind].map((s) => s.firstContentfulPaintMs)),
        samplesMs: times.map(Math.round),
        requests: samples[kind].find((s) => s.allPaintedMs === medianMs)!.requests,
      });
    }
  }
  return results;
}

/** The requests as a waterfall: when each started and ended, in ms from navigation start. */
export function waterfall(requests: Request[]): string {
  return requests
    .map((r) => `      ${r.startMs.toFixed(0).padStart(5)} → ${r.endMs.toFixed(0).padStart(5)} ms  ${String(r.bytes).padStart(6)} B  ${r.path}`)
    .join('\n');
}
