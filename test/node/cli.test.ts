import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from '../../src/cli/main.js';

const ARTICLE = 'data/kadhimi-washington-2020.json';
const SEED = 'test/fixtures/seed/article-ckb.txt';
const dir = mkdtempSync(join(tmpdir(), 'event-timeline-cli-'));
const write = (name: string, content: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

describe('event-timeline validate', async () => {
  it('the article data passes, with its quotes checked against the seed article', async () => {
    const result = await run(['validate', ARTICLE, '--source', SEED]);
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
    assert.match(result.stdout, /valid, 8 event\(s\), 0 error\(s\), 0 warning\(s\)/);
  });

  it('names each problem with its path, exits 1', async () => {
    const file = write('bad.json', {
      title: 't',
      lang: 'en',
      events: [
        { id: 'a', date: '2019', title: 'x' },
        { id: 'a', date: '2020', title: 'y' },
        { id: 'c', date: 'June 2019', title: 'z' },
        { id: 'd', date: '2019', title: 'w', colour: 'red' },
      ],
    });
    const result = await run(['validate', file]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /bad\.json: error: events\[2\]\.date: "June 2019" is not an EDTF date; did you mean "2019-06"\?/);
    assert.match(result.stderr, /events\[1\]\.id: duplicate id "a": already used by events\[0\]/);
    assert.match(result.stdout, /warning: events\[3\]\.colour: unknown field "colour" is ignored/);
    assert.doesNotMatch(result.stderr, /additional properties/, 'the unknown field is reported once, as a warning');
    assert.match(result.stdout, /invalid, 2 event\(s\), 2 error\(s\), 1 warning\(s\)/);
  });

  it('reports what only the schema knows', async () => {
    const file = write('schema.json', { $schema: 5, title: 't', lang: 'en', events: [] });
    const result = await run(['validate', file]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /schema\.json: error: \$schema: must be string/);
  });

  it('checks quotes against the source: wrong paragraph, or not there at all', async () => {
    const data = JSON.parse(readFileSync(ARTICLE, 'utf8'));
    data.events[0].source.paragraph = 3;
    data.events[1].source.quote = 'words the article never wrote';
    const result = await run(['validate', write('quotes.json', data), '--source', SEED]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /events\[0\]\.source\.quote: the quote is in paragraph 11, not 3/);
    assert.match(result.stderr, /events\[1\]\.source\.quote: the quote does not occur in the source text/);
  });

  it('not JSON, a missing file, and wrong usage', async () => {
    assert.equal((await run(['validate', write('broken.json', '{"title":')])).code, 1);
    assert.match((await run(['validate', write('broken2.json', '{')])).stderr, /not valid JSON/);
    assert.match((await run(['validate', join(dir, 'missing.json')])).stderr, /no such file/);
    assert.equal((await run(['validate'])).code, 2);
    assert.equal((await run(['validate', ARTICLE, '--bogus'])).code, 2);
    assert.equal((await run(['frobnicate'])).code, 2);
    assert.equal((await run([])).code, 2);
    assert.equal((await run(['validate', ARTICLE, '--source'])).code, 2);
  });

  it('import converts TimelineJS, lists what it could not keep, and the result validates', async () => {
    const result = await run(['import', `test/fixtures/timelinejs/marktwain.json`, '--lang', 'en']);
    assert.equal(result.code, 0, result.stderr);
    const data = JSON.parse(result.stdout);
    assert.equal(data.events.length, 17);
    assert.match(result.stderr, /events\[3\]\.location: map locations are not kept/);
    assert.match(result.stderr, /imported 17 event\(s\), \d+ warning\(s\)/);
    assert.equal((await run(['validate', write('imported.json', data)])).code, 0);
    assert.equal((await run(['import', ARTICLE])).code, 1, 'our own format is not TimelineJS');
    assert.equal((await run(['import'])).code, 2);
    assert.match((await run(['import', '--help'])).stdout, /Usage: event-timeline import FILE/);
  });

  it('--help for the tool and for the command', async () => {
    assert.match((await run(['--help'])).stdout, /Usage: event-timeline <command>/);
    assert.match((await run(['validate', '--help'])).stdout, /Usage: event-timeline validate FILE/);
    assert.equal((await run(['validate', '-h'])).code, 0);
  });

  it('runs as a program, with real exit codes', async () => {
    const ok = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'validate', ARTICLE], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /valid, 8 event/);
    const bad = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'validate', write('x.json', { events: 3 })], { encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /lang: missing/);
  });
});
