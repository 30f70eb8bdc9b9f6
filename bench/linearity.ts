/**
 * Linearity of the code that reads untrusted text: the time at n and at 2n repetitions of an
 * adversarial input, median of 5 runs each. A ratio near 2 is linear; near 4, quadratic (before the
 * fix, 78,000 unclosed `<a` took 5.5 s). Printed by `npm run bench`; not asserted, since wall-clock
 * times on a shared machine are noisy.
 */
import { fromTimelineJS } from '../src/data/from-timelinejs.js';
import { htmlToText } from '../src/data/html-to-text.js';
import { parseTimeline } from '../src/data/parse-timeline.js';

const nestedArray = (depth: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

const CASES: readonly { name: string; run: (n: number) => () => unknown }[] = [
  { name: 'html: unclosed <a', run: (n) => ((html) => () => htmlToText(html))('<a'.repeat(n)) },
  { name: 'html: unclosed <a "', run: (n) => ((html) => () => htmlToText(html))('<a "'.repeat(n)) },
  { name: 'html: many <', run: (n) => ((html) => () => htmlToText(html))('<'.repeat(n)) },
  { name: 'html: many <!', run: (n) => ((html) => () => htmlToText(html))('<!'.repeat(n)) },
  { name: 'html: deep nesting', run: (n) => ((html) => () => htmlToText(html))(`${'<div><b>'.repeat(n)}x${'</b></div>'.repeat(n)}`) },
  { name: 'html: open links', run: (n) => ((html) => () => htmlToText(html))('<a href=x>y'.repeat(n)) },
  { name: 'timelinejs: headline', run: (n) => ((json) => () => fromTimelineJS(json))({ events: [{ start_date: { year: 2020 }, text: { headline: '<a'.repeat(n) } }] }) },
  { name: 'parseTimeline: deep value', run: (n) => ((data) => () => parseTimeline(data))({ title: 't', lang: 'en', events: [{ id: 'a', date: '2020', title: { en: nestedArray(n) } }] }) },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// Each sample repeats the run for at least 20 ms, so that fast inputs are not timer noise.
function time(run: () => unknown, samples = 5): number {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    let repeats = 0;
    do {
      run();
      repeats++;
    } while (performance.now() - start < 20);
    times.push((performance.now() - start) / repeats);
  }
  return median(times);
}

/** Times each adversarial input at `n` and `2n` repetitions; the ratio is what to read. */
export function benchLinearity(n = 40_000): { input: string; n: number; ms: number; ms2n: number; ratio: number }[] {
  return CASES.map(({ name, run }) => {
    const ms = time(run(n));
    const ms2n = time(run(2 * n));
    return { input: name, n, ms, ms2n, ratio: ms2n / ms };
  });
}
