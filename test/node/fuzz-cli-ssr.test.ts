// Fuzzing the public boundaries that run on servers: the command line and renderTimeline. Whatever
// the input, arguments or language, they answer — a result, an exit code, one-line messages — and
// never throw or print a stack trace.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import './fast-check-seed.js';
import { run } from '../../src/cli/main.js';
import { parseTimeline } from '../../src/data/index.js';
import { extractTimeline } from '../../src/extract/index.js';
import { renderTimeline } from '../../src/ssr/render-timeline.js';

const dir = mkdtempSync(join(tmpdir(), 'event-timeline-fuzz-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const lang = fc.oneof(fc.constantFrom('en', 'ckb', 'ar', 'fa', 'de', 'ja', 'ckb-IQ', '', '__proto__', 'constructor', 'toString', 'x-', 'en--', 'a'.repeat(300)), fc.string({ maxLength: 12 }));
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.dictionary(fc.constantFrom('en', 'ckb', '__proto__', 'constructor'), fc.string({ maxLength: 20 })));
const event = fc.record(
  { id: fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), date: fc.oneof(fc.constantFrom('2019-06', '2020-08-18', '2020-08-18/..', '18/08/2020', 'June 2019', '2020-02-30', 'Y-170000002'), fc.string({ maxLength: 12 })), title: text, description: text, category: fc.constantFrom('a', 'b', '__proto__'), status: fc.constantFrom('scheduled', 'planned', 'x') },
  { requiredKeys: ['id', 'date', 'title'] },
);
const timeline = fc.oneof(
  fc.record({ title: text, lang, published: fc.constantFrom('2020-08-20', 'nope'), categories: fc.dictionary(fc.constantFrom('a', 'b', '__proto__'), text), events: fc.array(event, { maxLength: 6 }) }, { requiredKeys: ['events'] }),
  fc.jsonValue({ maxDepth: 4 }),
);
const noTrace = (output: string) => !/^\s+at .+:\d+:\d+\)?$/m.test(output);

describe('fuzz: server boundaries', () => {
  it('renderTimeline renders any document in any language, and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(timeline, lang, fc.constantFrom('vertical', 'alternating', 'horizontal', 'bogus'), async (data, reader, layout) => {
        const rendered = await renderTimeline(data, { lang: reader, layout: layout as 'vertical', gaps: true, weekdays: true });
        assert.match(rendered.element, /<event-timeline\s/);
        assert.ok(rendered.dir === 'ltr' || rendered.dir === 'rtl');
      }),
      { numRuns: 150 },
    );
  });

  it('the command line answers any file and arguments with an exit code and one-line messages', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(timeline.map((value) => JSON.stringify(value)), fc.string({ maxLength: 60 }), fc.constantFrom('\ufeff{"events": []}', '{"a":', '[1,2', '')),
        fc.constantFrom('validate', 'render', 'import', 'extract', 'bogus'),
        fc.array(fc.constantFrom('--lang', 'ckb', '--layout', 'bogus', '--theme', 'dark', '--gaps', '--published', '2020-13-45', '--source', '-x', '--', '-'), { maxLength: 4 }),
        async (content, command, extra) => {
          const file = join(dir, `input-${n++}.json`);
          writeFileSync(file, content);
          const result = await run([command, file, ...extra]);
          assert.ok([0, 1, 2].includes(result.code), `exit code ${result.code}`);
          assert.ok(noTrace(result.stderr) && noTrace(result.stdout), result.stderr);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the extractor never drafts what validate rejects, whatever the dates in the text', () => {
    const word = fc.constantFrom(
      'June', 'February', 'Sep.', 'Dec', '31', '30', '29', '0', '2021', '2020', '1999', 'Tuesday', 'next', 'last', 'week', 'month', 'year', 'ago', 'in', 'on', 'the', 'of',
      'ئاب', 'حوزەیران', 'شوبات', '٣١', '٢٩', '٢٠٢٠', 'سێشەممە', 'داهاتوو', 'ساڵی', 'لە', '/', '-', '.', ',',
    );
    const sentence = fc.array(word, { minLength: 3, maxLength: 14 }).map((words) => `${words.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.constantFrom('en', 'ckb'), (sentences, lang) => {
        const draft = extractTimeline(sentences.join(' '), { lang, published: '2020-08-20' });
        const errors = parseTimeline(draft).problems.filter((p) => p.severity === 'error');
        assert.deepEqual(errors, [], JSON.stringify(draft.events.map((e) => e.date)));
      }),
      { numRuns: 400 },
    );
  });
});

