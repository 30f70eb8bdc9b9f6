/**
 * `npm run bench`: how long <event-timeline> takes to show N events, against the floor of the
 * browser showing a static <ol> of the same events with the same text. Headless Chromium (Debian's),
 * production build (dist/event-timeline.bundle.js), seeded timelines of mixed precisions. Each run
 * is a fresh page; element and floor runs alternate. Prints a table and writes bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { serveStatic } from '../scripts/static-server.mjs';
import { generateTimeline } from './generated-timeline.js';
import { parseTimeline } from '../src/data/parse-timeline.js';
import { measureFarJump, type FarJumpSample } from './far-jump.js';
import { benchLinearity } from './linearity.js';
import { benchParseSort } from './parse-sort.js';
import { describeProfile, profileFirstPaint } from './first-paint-profile.js';
import { benchThrottledArticle, MOBILE_PROFILE, waterfall, type ThrottledResult } from './throttled-article.js';

const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// Other work on the machine slows the element and the floor alike, but not always evenly: say how busy it was.
const loadAtStart = loadavg()[0]!;

interface Sample {
  /** To the first frame with events painted. */
  ms: number;
  /** To the frame with every event in the DOM (the same as `ms` when all render at once). */
  allMs: number;
  heapMB: number;
  nodes: number;
  longTasksWhileScrolling: number;
  longestTaskWhileScrolling: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// Runs in the page: puts the timeline (or the static list) in, waits for the frame after the
// events are in the DOM to be presented, then scrolls to the bottom watching for long tasks.
async function measure(page: Page, kind: 'element' | 'floor', data: ReturnType<typeof generateTimeline>): Promise<Sample> {
  return page.evaluate(
    async ({ kind, data }) => {
      const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      await customElements.whenDefined('event-timeline');
      await nextFrame();
      const start = performance.now();
      await (window as unknown as { putOnStage(kind: string, data: unknown): Promise<void> }).putOnStage(kind, data);
      await nextFrame();
      const ms = performance.now() - start;

      const countNodes = (root: Document | ShadowRoot): number => {
        let n = 0;
        for (const el of root.querySelectorAll('*')) {
          n += 1;
          if (el.shadowRoot) n += countNodes(el.shadowRoot);
        }
        return n;
      };

      const long: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => long.push(entry.duration)));
      observer.observe({ type: 'longtask' });
      // Scrolling starts at once, while a long timeline may still be adding events: a reader who
      // scrolls straight away must not meet a long task either. Top to bottom in about 300
      // frames (BENCH_STEP=px for a reader's pace), until every event is in and the end is reached.
      const root = document.querySelector('event-timeline')?.shadowRoot ?? document;
      const count = () => root.querySelectorAll('li').length;
      let allMs = count() >= data.events.length ? ms : undefined;
      const fixedStep = Number((window as unknown as { BENCH_STEP?: number }).BENCH_STEP);
      for (let y = 0, frames = 0; frames < 3000; frames++) {
        const height = document.documentElement.scrollHeight;
        if (allMs === undefined && count() >= data.events.length) allMs = performance.now() - start;
        if (allMs !== undefined && (y >= height - innerHeight || (fixedStep && frames >= 300))) break;
        y += fixedStep || Math.max(innerHeight * 0.8, height / 300);
        scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await nextFrame();
      observer.disconnect();
      const nodes = countNodes(document);
      const heapMB = ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 2 ** 20;
      return { ms, allMs: allMs ?? Number.NaN, heapMB, nodes, longTasksWhileScrolling: long.length, longestTaskWhileScrolling: Math.max(0, ...long) };
    },
    { kind, data },
  );
}

// Linearity first: it needs no build and no browser, and `npm run bench -- --linearity` stops after it.
const linearity = benchLinearity();
console.log('Linearity on adversarial input (time at n and 2n; about 2 is linear, 4 quadratic)\n');
for (const r of linearity) console.log(`${r.input.padEnd(28)} n=${r.n}: ${r.ms.toFixed(1).padStart(7)} ms, 2n: ${r.ms2n.toFixed(1).padStart(7)} ms, ratio ${r.ratio.toFixed(2)}`);
if (process.argv.includes('--linearity')) process.exit(0);
console.log('');

execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });
const server = await serveStatic('.');
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/bench/page.html`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--enable-precise-memory-info'],
});

// Where the time to first paint goes (`npm run bench -- --profile` runs only this).
if (process.argv.includes('--profile')) {
  const sizes = (process.env.BENCH_PROFILE_SIZES ?? '10,100').split(',').map(Number);
  const newPage = async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    return page;
  };
  for (const profile of await profileFirstPaint(newPage, url, sizes, RUNS)) console.log(describeProfile(profile));
  await browser.close();
  server.close();
  process.exit(0);
}

// The article page under a throttled mobile profile, against a static list (`npm run bench -- --throttled` runs only this).
const gzipServer = await serveStatic('.', { gzip: true });
const origin = (s: typeof server) => `http://127.0.0.1:${(s.address() as { port: number }).port}`;
async function throttled(): Promise<ThrottledResult[]> {
  const results = await benchThrottledArticle(browser, [{ encoding: 'identity', base: origin(server) }, { encoding: 'gzip', base: origin(gzipServer) }], RUNS);
  const { latencyMs, downloadKbps, uploadKbps, cpuSlowdown } = MOBILE_PROFILE;
  console.log(`\nThe article page (8 events, Kurdish) throttled: ${latencyMs} ms round trip, ${downloadKbps / 1000} Mbps down, ${uploadKbps} kbps up, ${cpuSlowdown}x CPU; median of ${RUNS} runs, from navigation start to every event painted`);
  for (const encoding of ['identity', 'gzip'] as const) {
    const of = (kind: ThrottledResult['kind']) => results.find((r) => r.kind === kind && r.encoding === encoding)!;
    const floor = of('static');
    console.log(`  served ${encoding === 'gzip' ? 'with gzip' : 'uncompressed'}:`);
    for (const r of results.filter((r) => r.encoding === encoding)) {
      console.log(`    ${r.kind.padEnd(16)} ${r.medianMs.toFixed(0).padStart(5)} ms (first contentful paint ${r.fcpMedianMs.toFixed(0)} ms)  / static list: ${(r.medianMs / floor.medianMs).toFixed(2)}  runs: ${r.samplesMs.join(', ')}`);
      console.log(waterfall(r.requests));
    }
  }
  return results;
}
if (process.argv.includes('--throttled')) {
  await throttled();
  await browser.close();
  server.close();
  gzipServer.close();
  process.exit(0);
}

// Reaching the last event of a long timeline: End, and a deep link (`npm run bench -- --far-jump` runs only this).
const farJump = [];
for (const n of (process.env.BENCH_JUMP_SIZES ?? '10000,100000').split(',').map(Number)) {
  const data = generateTimeline({ count: n, seed: n });
  const lastId = parseTimeline(data).timeline.events.at(-1)!.id;
  const samples: FarJumpSample[] = [];
  for (let run = 0; run < 3; run++) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(url);
    samples.push(await measureFarJump(page, data, lastId));
    await page.close();
  }
  const m = (key: keyof FarJumpSample) => median(samples.map((s) => s[key]));
  farJump.push({ events: n, endMs: m('endMs'), endLongestTaskMs: m('endLongestTaskMs'), linkMs: m('linkMs'), linkLongestTaskMs: m('linkLongestTaskMs') });
  console.log(`N=${n}: End ${m('endMs').toFixed(0)} ms (longest task ${m('endLongestTaskMs').toFixed(0)} ms), deep link to the last event ${m('linkMs').toFixed(0)} ms from placing the element (longest task ${m('linkLongestTaskMs').toFixed(0)} ms)`);
}
if (process.argv.includes('--far-jump')) {
  await browser.close();
  server.close();
  gzipServer.close();
  process.exit(0);
}

const results = [];
for (const n of SIZES) {
  const data = generateTimeline({ count: n, seed: n });
  const samples: Record<'element' | 'floor', Sample[]> = { element: [], floor: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const kind of run % 2 ? (['floor', 'element'] as const) : (['element', 'floor'] as const)) {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      // tsx keeps function names with a helper that the page does not have.
      await page.addInitScript({ content: `window.__name = (f) => f; window.BENCH_STEP = ${Number(process.env.BENCH_STEP ?? 0)};` });
      await page.goto(url);
      samples[kind].push(await measure(page, kind, data));
      await page.close();
    }
  }
  const summary = (kind: 'element' | 'floor') => ({
    medianMs: median(samples[kind].map((s) => s.ms)),
    allMedianMs: median(samples[kind].map((s) => s.allMs)),
    heapMB: median(samples[kind].map((s) => s.heapMB)),
    nodes: median(samples[kind].map((s) => s.nodes)),
    longTasksWhileScrolling: Math.max(...samples[kind].map((s) => s.longTasksWhileScrolling)),
    longestTaskWhileScrollingMs: Math.max(...samples[kind].map((s) => s.longestTaskWhileScrolling)),
    samplesMs: samples[kind].map((s) => Math.round(s.ms * 10) / 10),
  });
  const element = summary('element');
  const floor = summary('floor');
  results.push({ events: n, element, floor, ratio: element.medianMs / floor.medianMs });
  console.log(`N=${n}: element ${element.medianMs.toFixed(1)} ms (all events ${element.allMedianMs.toFixed(1)} ms), floor ${floor.medianMs.toFixed(1)} ms, first/floor ${(element.medianMs / floor.medianMs).toFixed(2)}`);
}
const throttledArticle = await throttled();
const version = browser.version();
await browser.close();
server.close();
gzipServer.close();

const loadAverage = [loadAtStart, loadavg()[0]!].map((load) => Math.round(load * 10) / 10);
const machine = { cpu: cpus()[0]?.model, cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), chromium: version, node: process.version, loadAverage };
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`\n${machine.cpu}, ${machine.cores} cores, Chromium ${version}; median of ${RUNS} runs; load average ${loadAverage.join(' at the start, ')} at the end\n`);
console.log('first: first frame with events painted; all: every event in the DOM; long tasks: over 50 ms, from the first frame to the end of scrolling\n');
console.log(`${pad('events', 7)} ${pad('first ms', 9)} ${pad('all ms', 8)} ${pad('floor ms', 9)} ${pad('first/floor', 12)} ${pad('all/floor', 10)} ${pad('heap MB', 8)} ${pad('DOM nodes', 10)} ${pad('floor nodes', 12)} ${pad('long tasks', 11)} ${pad('longest', 8)} ${pad('floor long', 11)}`);
for (const r of results) {
  console.log(
    `${pad(r.events, 7)} ${pad(r.element.medianMs.toFixed(1), 9)} ${pad(r.element.allMedianMs.toFixed(1), 8)} ${pad(r.floor.medianMs.toFixed(1), 9)} ${pad(r.ratio.toFixed(2), 12)} ${pad((r.element.allMedianMs / r.floor.medianMs).toFixed(2), 10)} ${pad(r.element.heapMB.toFixed(1), 8)} ${pad(r.element.nodes, 10)} ${pad(r.floor.nodes, 12)} ${pad(r.element.longTasksWhileScrolling, 11)} ${pad(r.element.longestTaskWhileScrollingMs.toFixed(0), 8)} ${pad(r.floor.longTasksWhileScrolling, 11)}`,
  );
}
const parseSort = benchParseSort();
console.log(`\nNode ${process.version}: parse, validate and sort ${parseSort.events.toLocaleString('en')} events: ${parseSort.medianMs.toFixed(0)} ms (median of ${parseSort.samplesMs.length})`);
writeFileSync('bench/results.json', JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, results, farJump, throttledArticle, parseSort, linearity }, null, 2) + '\n');
console.log('\nWritten to bench/results.json');
