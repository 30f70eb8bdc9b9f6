// A server (Next.js, Nuxt, a CMS in Node) may import the package without a DOM: the entries load
// without throwing and without giving the process a window or a document.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

describe('importing the package on a server', () => {
  it('every entry but the browser bundles imports in Node, adding no DOM globals', async () => {
    const before = new Set(Object.keys(globalThis));
    for (const entry of ['index', 'event-timeline', 'timeline-event', 'dates/index', 'data/index', 'extract/index', 'ssr/render-timeline', 'frameworks/react', 'frameworks/preact', 'frameworks/vue']) {
      await assert.doesNotReject(import(`../../src/${entry}.js`), entry);
    }
    const added = Object.keys(globalThis).filter((key) => !before.has(key));
    for (const dom of ['window', 'document', 'HTMLElement', 'location', 'requestAnimationFrame']) assert.ok(!added.includes(dom), `${dom} was added: ${added.join(', ')}`);
  });
});
