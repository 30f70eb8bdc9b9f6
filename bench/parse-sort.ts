/**
 * Parsing, validating and sorting 100,000 events in Node, the work the element does before it
 * renders (and the command-line tools do without a browser). Median of 5 runs.
 */
import { parseTimeline } from '../src/data/parse-timeline.js';
import { generateTimeline } from './generated-timeline.js';

export function benchParseSort(count = 100_000, runs = 5): { events: number; medianMs: number; samplesMs: number[] } {
  const data = generateTimeline({ count, seed: 42 });
  // Shuffle deterministically so the sort has work to do.
  const events = [...data.events];
  for (let i = events.length - 1; i > 0; i--) {
    const j = (i * 7919) % (i + 1);
    [events[i], events[j]] = [events[j]!, events[i]!];
  }
  const input = { ...data, events };
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const { timeline, problems } = parseTimeline(input);
    samples.push(performance.now() - start);
    if (timeline.events.length !== count || problems.length) throw new Error('the generated data should all be valid');
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { events: count, medianMs: sorted[Math.floor(runs / 2)]!, samplesMs: samples.map((s) => Math.round(s)) };
}
