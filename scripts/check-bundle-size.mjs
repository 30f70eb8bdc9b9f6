#!/usr/bin/env node
/**
 * The size budget of the standalone bundle (`dist/event-timeline.bundle.js`): builds it in memory
 * with the same configuration as `npm run build`, then measures every chunk gzipped (level 9).
 *
 * - page: the entry plus the larger UI-strings chunk (Kurdish or Arabic), what a page that shows a
 *   timeline downloads. Budgeted; above it the check fails.
 * - each on-demand chunk (TimelineJS import, JSON-LD): loaded only when a page uses that feature,
 *   budgeted apart.
 *
 * The issue's target is 16 KB for the page figure; the budget below is the ratchet we hold today
 * (see README, "Size"), lowered as the bundle shrinks, never raised without saying why.
 * Raised from 25.9 to 27.0 KB by the core redesign (issue 16): controllers, templates and
 * language modules in their own rooms cost about 0.7 KB (the split) and 0.4 KB (languages, date-fns
 * arithmetic) against one class. Raised again to 29.3 KB (29,666 B measured; issues 17 and 18): hostile-input fixes
 * (values quoted short, prototype-free maps, hints for the numeric date forms editors type, TimelineJS
 * problems at their original paths) about 1.3 KB; per-element languages (the registry, the date
 * resolver, the strings by id) about 0.6 KB after dropping @lit/localize's runtime; the Intl date
 * wording loads on demand (1.6 KB, only for languages neither built in nor registered). The issue 16
 * aim of no growth is not met; the way down is issue 20's: load validation messages and hints only
 * when data has problems.
 */
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';

const KB = 1024;
const BUDGET = { page: 29.3 * KB, chunk: 4.5 * KB };
const TARGET = 16 * KB;

const config = configs.find((c) => String(c.output?.entryFileNames ?? '').includes('event-timeline.bundle'));
const bundle = await rollup({ ...config, onwarn: () => {} });
const { output } = await bundle.generate(config.output);
await bundle.close();

const chunks = output
  .filter((item) => item.type === 'chunk')
  .map((chunk) => ({ name: chunk.fileName, gzip: gzipSync(chunk.code, { level: 9 }).length, raw: chunk.code.length, entry: chunk.isEntry, uiStrings: /i18n\/generated\/locales\//.test(chunk.facadeModuleId ?? '') }));
const entry = chunks.find((c) => c.entry);
const strings = chunks.filter((c) => c.uiStrings);
const optional = chunks.filter((c) => !c.entry && !c.uiStrings);
const page = entry.gzip + Math.max(0, ...strings.map((c) => c.gzip));
console.log(`     page bytes: ${page}`);

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
let failed = 0;
const row = (label, bytes, budget) => {
  const ok = bytes <= budget;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${label.padEnd(58)} ${kb(bytes).padStart(8)} gzip  (budget ${kb(budget)})`);
};
for (const c of chunks) console.log(`     ${c.name.padEnd(58)} ${kb(c.gzip).padStart(8)} gzip  ${kb(c.raw).padStart(8)} raw`);
row('page: entry + UI strings of one language', page, BUDGET.page);
for (const c of optional) row(`on demand: ${c.name}`, c.gzip, BUDGET.chunk);
console.log(`     the issue's target for the page figure: ${kb(TARGET)} (${page <= TARGET ? 'met' : `not met: ${kb(page - TARGET)} over`})`);
process.exit(failed > 0 ? 1 : 0);
