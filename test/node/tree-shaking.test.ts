import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { build } from 'esbuild';

// What a consumer's bundler pulls in when it imports only part of the package.
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    metafile: true,
    treeShaking: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('tree-shaking', () => {
  it('the date API brings no Lit, no DOM code, no UI strings', async () => {
    const inputs = await inputsOf(`export { parseEventDate, formatEventDate, ckbEventDates } from './src/dates/index.ts';`);
    assert.ok(inputs.some((i) => i.includes('src/dates/')));
    assert.deepEqual(inputs.filter((i) => /lit|@lit|event-timeline\.ts|i18n/.test(i)), []);
  });

  it('the data API brings no Lit', async () => {
    const inputs = await inputsOf(`export { parseTimeline } from './src/data/index.ts';`);
    assert.deepEqual(inputs.filter((i) => /lit|@lit|event-timeline\.ts/.test(i)), []);
  });

  it('the element does bring Lit (the test can tell)', async () => {
    const inputs = await inputsOf(`import './src/event-timeline.ts';`);
    assert.ok(inputs.some((i) => i.includes('lit-html')));
  });
});
