/**
 * Where the time to first paint goes (`npm run bench -- --profile`; BENCH_PROFILE_SIZES, default
 * 10,100): the element and the static list are put in the page as in the first-paint benchmark,
 * under Chromium's tracing (the renderer's main thread: style, layout, paint, script) and its
 * sampling CPU profiler (script time summed by the source file the bundle's source map names).
 * Each phase is the median over the runs of its time between placing the element (or the list)
 * and the frame after the events are painted.
 */
import type { CDPSession, Page } from 'playwright-core';
import { generateTimeline } from './generated-timeline.js';
import { readSourceMap } from './source-positions.js';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: unknown };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** Trace event names, by the phase a reader of the table knows them as. */
const PHASES: Record<string, string> = {
  UpdateLayoutTree: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'paint',
  RasterTask: 'paint',
  ParseHTML: 'parse HTML',
  MajorGC: 'garbage collection',
  MinorGC: 'garbage collection',
  'V8.GC_SCAVENGER': 'garbage collection',
};
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.run', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.callFunction', 'V8.Execute']);

/** Self time of each phase on the renderer's main thread, in ms, between two timestamps (µs). */
function phasesOf(events: TraceEvent[], from: number, to: number): Record<string, number> {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'UpdateLayoutTree'));
  const spans = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts + e.dur! <= to)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals: Record<string, number> = {};
  // Self time: a span's duration less its children's, attributed to its own phase (script by default).
  const stack: { end: number; phase: string | undefined; child: number; dur: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      if (done.phase) totals[done.phase] = (totals[done.phase] ?? 0) + (done.dur - done.child) / 1000;
    }
  };
  for (const span of spans) {
    close(span.ts);
    const parent = stack.at(-1);
    const phase = PHASES[span.name] ?? (SCRIPT.has(span.name) ? 'script' : parent?.phase);
    if (parent) parent.child += span.dur!;
    stack.push({ end: span.ts + span.dur!, phase, child: 0, dur: span.dur! });
  }
  close(Number.POSITIVE_INFINITY);
  totals['main thread busy'] = Object.values(totals).reduce((a, b) => a + b, 0);
  return totals;
}

/** Where script time went: the bundle's source files grouped by what they do. */
function groupOf(source: string | undefined, functionName: string): string {
  if (source === undefined) return functionName.startsWith('(') ? functionName : 'page and benchmark script';
  if (/node_modules\/(lit-html|lit-element|@lit\/reactive-element|lit)\//.test(source)) return 'lit';
  if (/node_modules\/date-fns\//.test(source)) return 'date-fns';
  if (/node_modules\//.test(source)) return source.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1');
  if (/src\/data\//.test(source)) return 'parse and check data (src/data)';
  if (/src\/dates\//.test(source)) return 'dates (src/dates)';
  if (/src\/(templates|view)\//.test(source)) return 'templates (src/templates, src/view)';
  if (/src\/(styles\/|event-timeline\.styles)/.test(source)) return 'styles (src/styles)';
  if (/src\/(i18n|languages)\//.test(source)) return 'languages (src/i18n, src/languages)';
  return 'element and controllers (src)';
}

interface CpuProfile {
  nodes: (ProfileNode & { children?: number[] })[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/**
 * Script time between two timestamps (µs, the trace's clock), by source group. A call into the
 * browser (setAttribute, replaceSync…) counts for the script that made it, and is also summed on
 * its own as "of which DOM and built-in calls".
 */
function scriptBySource(profile: CpuProfile, from: number, to: number, lookup: (url: string, line: number, column: number) => string | undefined): Record<string, number> {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((child) => [child, n.id] as const)));
  const totals: Record<string, number> = {};
  let time = profile.startTime;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i]!;
    // A sample stands for the time until the next one.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (time < from || time > to) return;
    let node = nodes.get(id)!;
    const { functionName, url } = node.callFrame;
    if (functionName.startsWith('(') && !url) {
      if (functionName !== '(idle)' && functionName !== '(program)') totals[functionName] = (totals[functionName] ?? 0) + ms;
      return;
    }
    if (!url) totals['of which DOM and built-in calls'] = (totals['of which DOM and built-in calls'] ?? 0) + ms;
    while (!node.callFrame.url && parents.has(node.id)) node = nodes.get(parents.get(node.id)!)!;
    const group = groupOf(node.callFrame.url ? lookup(node.callFrame.url, node.callFrame.lineNumber, node.callFrame.columnNumber) : undefined, node.callFrame.functionName);
    totals[group] = (totals[group] ?? 0) + ms;
  });
  return totals;
}

// Runs in the page: the same placing as the first-paint benchmark, between two marks.
async function place(page: Page, kind: 'element' | 'floor', data: ReturnType<typeof generateTimeline>): Promise<number> {
  return page.evaluate(
    async ({ kind, data }) => {
      const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      performance.mark('bench:start');
      const start = performance.now();
      await (window as unknown as { putOnStage(kind: string, data: unknown): Promise<void> }).putOnStage(kind, data);
      if (kind === 'element') performance.mark('bench:loaded');
      await nextFrame();
      const ms = performance.now() - start;
      performance.mark('bench:end');
      return ms;
    },
    { kind, data },
  );
}

async function traced(cdp: CDPSession, run: () => Promise<number>): Promise<{ ms: number; events: TraceEvent[]; profile: CpuProfile }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', '__metadata'] } });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const ms = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  return { ms, events, profile };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface ProfileSample {
  ms: number;
  phases: Record<string, number>;
  script: Record<string, number>;
  toLoad?: number;
}

export interface PhaseProfile {
  events: number;
  kind: 'element' | 'floor';
  medianMs: number;
  /** Median ms of each trace phase (self time on the main thread). */
  phases: Record<string, number>;
  /** Median ms of script by source group (sampling profiler, 100 µs). */
  script: Record<string, number>;
  /** The element only: median ms from placing it to its load event (all its own work before the frame). */
  toLoadEventMs?: number;
}

/** Profiles placing `n` events, element and floor alternating, in fresh pages of `url`. */
export async function profileFirstPaint(newPage: () => Promise<Page>, url: string, sizes: number[], runs: number): Promise<PhaseProfile[]> {
  const bundleMap = readSourceMap('dist/event-timeline.bundle.js.map');
  const lookup = (scriptUrl: string, line: number, column: number) =>
    new URL(scriptUrl).pathname === '/dist/event-timeline.bundle.js' ? bundleMap(line, column)?.replace(/^(\.\.\/)+/, '') : undefined;
  const results: PhaseProfile[] = [];
  for (const n of sizes) {
    const data = generateTimeline({ count: n, seed: n });
    const samples: Record<'element' | 'floor', ProfileSample[]> = { element: [], floor: [] };
    for (let run = 0; run < runs; run++) {
      for (const kind of run % 2 ? (['floor', 'element'] as const) : (['element', 'floor'] as const)) {
        const page = await newPage();
        await page.goto(url);
        await page.evaluate(async () => {
          await customElements.whenDefined('event-timeline');
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        });
        const cdp = await page.context().newCDPSession(page);
        const { ms, events, profile } = await traced(cdp, () => place(page, kind, data));
        const mark = (name: string) => events.find((e) => e.name === name && e.ph !== 'M')?.ts;
        const [start, end] = [mark('bench:start')!, mark('bench:end')!];
        const phases = phasesOf(events, start, end);
        const loaded = mark('bench:loaded');
        samples[kind].push({ ms, phases, script: scriptBySource(profile, start, end, lookup), toLoad: loaded === undefined ? undefined : (loaded - start) / 1000 });
        await page.close();
      }
    }
    for (const kind of ['element', 'floor'] as const) {
      const list = samples[kind];
      const medians = (pick: (s: ProfileSample) => Record<string, number>) =>
        Object.fromEntries([...new Set(list.flatMap((s) => Object.keys(pick(s))))].map((key) => [key, median(list.map((s) => pick(s)[key] ?? 0))]));
      results.push({
        events: n,
        kind,
        medianMs: median(list.map((s) => s.ms)),
        phases: medians((s) => s.phases),
        script: medians((s) => s.script),
        toLoadEventMs: kind === 'element' ? median(list.map((s) => s.toLoad!)) : undefined,
      });
    }
  }
  return results;
}

/** The profile as lines of text, the largest phases first. */
export function describeProfile(profile: PhaseProfile): string {
  const list = (values: Record<string, number>) =>
    Object.entries(values)
      .filter(([, ms]) => ms >= 0.05)
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
      .join(', ');
  return [
    `${profile.kind.padEnd(7)} N=${profile.events}: first paint ${profile.medianMs.toFixed(1)} ms${profile.toLoadEventMs === undefined ? '' : `, load event at ${profile.toLoadEventMs.toFixed(1)} ms`}`,
    `  main thread (ms): ${list(profile.phases)}`,
    `  script by source (ms, sampled): ${list(profile.script)}`,
  ].join('\n');
}
