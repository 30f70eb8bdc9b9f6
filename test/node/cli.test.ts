import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { commandUsage } from '../../src/cli/command.js';
import { COMMANDS, run } from '../../src/cli/main.js';
import { MAX_INPUT_BYTES } from '../../src/cli/read-input.js';
import { LAYOUTS, THEMES } from '../../src/timeline-options.js';

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
    const broken = await run(['validate', write('broken.json', '{"title":')]);
    assert.equal(broken.code, 2, 'JSON that does not parse is an input failure');
    assert.match(broken.stderr, /broken\.json:1:10: not valid JSON: expected a value, found the end of the file$/);
    assert.match((await run(['validate', write('broken2.json', '{')])).stderr, /broken2\.json:1:2: not valid JSON/);
    const missing = await run(['validate', join(dir, 'missing.json')]);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, `${join(dir, 'missing.json')}: no such file`);
    assert.equal((await run(['validate'])).code, 2);
    assert.equal((await run(['validate', ARTICLE, '--bogus'])).code, 2);
    assert.equal((await run(['frobnicate'])).code, 2);
    assert.equal((await run([])).code, 2);
    assert.equal((await run(['validate', ARTICLE, '--source'])).code, 2);
  });

  it('a file not in UTF-8, or too large to be a timeline, is one line and exit code 2', async () => {
    const utf16 = join(dir, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"events": []}', 'utf16le')]));
    for (const command of ['validate', 'render', 'import']) {
      const result = await run([command, utf16]);
      assert.equal(result.code, 2, command);
      assert.equal(result.stderr, `${utf16}: not UTF-8 text (it is UTF-16: save it as UTF-8)`, command);
    }
    const latin1 = write('latin1.json', '');
    writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0x74, 0xe9, 0x22, 0x7d]));
    assert.equal((await run(['validate', latin1])).stderr, `${latin1}: not UTF-8 text`);
    // A sparse file: its size is refused before a byte is read.
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_INPUT_BYTES + 1);
    const result = await run(['validate', huge]);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, `${huge}: larger than 256 MB; not read`);
  });

  it('checks every file, even after one it cannot read; the exit code is the worst', async () => {
    const invalid = write('invalid.json', { events: 3 });
    const result = await run(['validate', join(dir, 'missing.json'), invalid, ARTICLE]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /missing\.json: no such file/);
    assert.match(result.stdout, /invalid\.json: invalid/);
    assert.match(result.stdout, /kadhimi-washington-2020\.json: valid, 8 event/);
    assert.equal((await run(['validate', invalid, ARTICLE])).code, 1);
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

describe('the table of commands and its help', () => {
  it('the tool\'s help lists every command of the table with its summary, on stdout for --help and help', async () => {
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    const lines = help.stdout.split('\n');
    for (const entry of COMMANDS) {
      assert.ok(lines.some((line) => line.startsWith(`  ${entry.name} `) && line.endsWith(` ${entry.summary}`)), `${entry.name} is listed with its summary`);
    }
    assert.match(help.stdout, /^ {2}help +/m);
    assert.deepEqual(await run(['help']), help);
    assert.deepEqual(await run(['-h']), help);
    const bare = await run([]);
    assert.deepEqual({ code: bare.code, stdout: bare.stdout, stderr: bare.stderr }, { code: 2, stdout: '', stderr: help.stdout }, 'no command: the help, as a usage error');
  });

  it('each command\'s module has the name and summary its row announces', async () => {
    assert.deepEqual(COMMANDS.map((entry) => entry.name), ['validate', 'extract', 'import', 'render']);
    for (const entry of COMMANDS) {
      const { command } = await entry.load();
      assert.equal(command.name, entry.name);
      assert.equal(command.summary, entry.summary);
    }
  });

  it('<command> --help and help <command> print that command\'s usage, every option included', async () => {
    for (const entry of COMMANDS) {
      const { command } = await entry.load();
      const usage = await run([entry.name, '--help']);
      assert.equal(usage.code, 0);
      assert.equal(usage.stdout, commandUsage(command));
      assert.match(usage.stdout, new RegExp(`^Usage: event-timeline ${entry.name} `));
      for (const option of Object.keys(command.options)) assert.match(usage.stdout, new RegExp(`^  --${option}\\b`, 'm'), `${entry.name} --${option}`);
      assert.match(usage.stdout, /^ {2}-h, --help /m);
      assert.match(usage.stdout, /Exit codes: 0 .*, 1 .*\n2 /);
      assert.deepEqual(await run(['help', entry.name]), usage);
      assert.deepEqual(await run([entry.name, '-h']), usage);
    }
  });

  it('render\'s help and checks take the layouts and themes from timeline-options', async () => {
    const usage = (await run(['render', '--help'])).stdout;
    assert.match(usage, new RegExp(`--layout ${LAYOUTS.join('\\|')}\n`));
    assert.match(usage, new RegExp(`--theme ${THEMES.join('\\|')} `));
    const wrong = await run(['render', ARTICLE, '--layout', 'diagonal']);
    assert.equal(wrong.stderr, `event-timeline render: --layout "diagonal" is not one of ${LAYOUTS.join(', ')} (see event-timeline render --help)`);
    assert.match((await run(['render', ARTICLE, '--theme', 'sepia'])).stderr, new RegExp(`is not one of ${THEMES.join(', ')} `));
  });

  it('an unknown command: one line and where the help is, exit 2, also as a program', async () => {
    const result = await run(['frobnicate']);
    assert.deepEqual(result, { code: 2, stdout: '', stderr: 'event-timeline: unknown command "frobnicate" (see event-timeline --help)' });
    assert.equal((await run(['help', 'frobnicate'])).code, 2);
    const spawned = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'frobnicate'], { encoding: 'utf8' });
    assert.equal(spawned.status, 2);
    assert.equal(spawned.stdout, '');
    assert.equal(spawned.stderr, `${result.stderr}\n`);
  });

  it('wrong options: one line naming the option, exit 2', async () => {
    const unknown = await run(['validate', ARTICLE, '--bogus']);
    assert.equal(unknown.stderr, 'event-timeline validate: unknown option "--bogus" (see event-timeline validate --help)');
    assert.equal((await run(['validate', ARTICLE, '--source'])).stderr, 'event-timeline validate: --source needs a value (see event-timeline validate --help)');
    assert.match((await run(['validate', ARTICLE, '--source', '--bogus'])).stderr, /--source needs a value/);
    const flagValue = await run(['render', ARTICLE, '--gaps=yes']);
    assert.equal(flagValue.code, 2);
    assert.match(flagValue.stderr, /^event-timeline render: --gaps takes no value/);
    assert.match((await run(['import', 'a.json', 'b.json'])).stderr, /^event-timeline import: give one file/);
  });

  it('extract: an impossible --published date is a usage error', async () => {
    const article = ['extract', SEED, '--lang', 'ckb', '--published'];
    const impossible = await run([...article, '2020-13-45']);
    assert.equal(impossible.code, 2);
    assert.match(impossible.stderr, /^event-timeline extract: --published "2020-13-45" is not a date: month 13 is out of range/);
    assert.match((await run([...article, '2021-02-29'])).stderr, /"2021-02-29" is not a date: day 29 is out of range/);
    assert.match((await run([...article, '20 August 2020'])).stderr, /"20 August 2020" is not a date written YYYY-MM-DD/);
    assert.equal((await run([...article, '2020-02-29'])).code, 0, 'a leap day is a date');
  });

  it('values quoted in messages are cut to about 80 characters', async () => {
    const long = 'x'.repeat(10_000);
    for (const args of [[long], ['render', ARTICLE, '--layout', long], ['extract', SEED, '--lang', long, '--published', '2020-08-20'], ['validate', `--${long}`]]) {
      const result = await run(args);
      assert.equal(result.code, 2);
      assert.ok(result.stderr.length < 200, `${result.stderr.length} characters: ${result.stderr.slice(0, 120)}`);
      assert.match(result.stderr, /"[-x]{79}…"/, '79 characters and an ellipsis');
      assert.doesNotMatch(result.stderr, /\n/);
    }
  });
});

