/**
 * The element's custom properties, in the manner of Material Web's token tests: every
 * `--event-timeline-*` property the styles read is documented (`@cssprop` in the element's JSDoc,
 * which the Custom Elements Manifest and Storybook show), and every documented one is read.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const COMPONENT = 'src/event-timeline.component.ts';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));

/** The public properties some stylesheet reads, `var(--event-timeline-…`. */
const readIn = (css: string) => new Set([...css.matchAll(/var\(\s*(--event-timeline-[a-z0-9-]+)/g)].map((m) => m[1]!));
/** The properties the JSDoc documents. */
const documentedIn = (jsdoc: string) => new Set([...jsdoc.matchAll(/@cssprop\s+(--event-timeline-[a-z0-9-]+)/g)].map((m) => m[1]!));

function drift(css: string, jsdoc: string): { undocumented: string[]; unread: string[] } {
  const read = readIn(css);
  const documented = documentedIn(jsdoc);
  return { undocumented: [...read].filter((p) => !documented.has(p)).sort(), unread: [...documented].filter((p) => !read.has(p)).sort() };
}

describe('custom properties (tokens)', () => {
  const styles = filesUnder('src')
    .filter((f) => f !== COMPONENT)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const jsdoc = readFileSync(COMPONENT, 'utf8');

  it('every property the styles read is documented, and every documented one is read', () => {
    assert.deepEqual(drift(styles, jsdoc), { undocumented: [], unread: [] });
    assert.ok(readIn(styles).size >= 10, 'the styles read the public properties');
  });

  it('notices a property read but not documented, and one documented but not read', () => {
    const css = `${styles}\n.x { color: var(--event-timeline-new-thing, red); }`;
    assert.deepEqual(drift(css, jsdoc).undocumented, ['--event-timeline-new-thing']);
    const docs = `${jsdoc}\n * @cssprop --event-timeline-ghost - Read by nothing.`;
    assert.deepEqual(drift(styles, docs).unread, ['--event-timeline-ghost']);
  });
});
