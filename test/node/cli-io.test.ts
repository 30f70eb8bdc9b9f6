// The command line's input and output, for every command that reads a file: exit code 2 and one
// line naming the file for a missing file, a directory or JSON that does not parse; a byte order
// mark accepted; `-` as standard input; a closed pipe and a full disk on standard output.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from '../../src/cli/main.js';

const ARTICLE = 'data/kadhimi-washington-2020.json';
const SEED = 'test/fixtures/seed/article-ckb.txt';
const TIMELINEJS = 'test/fixtures/timelinejs/marktwain.json';
const dir = mkdtempSync(join(tmpdir(), 'event-timeline-cli-io-'));
const write = (name: string, content: string) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

/** Every command that reads a file, with a good file for it and where the file goes in the arguments. */
const READERS: readonly { label: string; good: string; json: boolean; args: (file: string) => string[] }[] = [
  { label: 'validate FILE', good: ARTICLE, json: true, args: (file) => ['validate', file] },
  { label: 'validate --source', good: SEED, json: false, args: (file) => ['validate', ARTICLE, '--source', file] },
  { label: 'import', good: TIMELINEJS, json: true, args: (file) => ['import', file] },
  { label: 'render', good: ARTICLE, json: true, args: (file) => ['render', file] },
  { label: 'extract', good: SEED, json: false, args: (file) => ['extract', file, '--lang', 'ckb', '--published', '2020-08-20'] },
];

/** Runs the built-from-source CLI as a program; `stdout` may be a file descriptor or 'close' to close the pipe at once. */
function spawnCli(args: string[], options: { input?: string; stdout?: number | 'close' } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const stdout = typeof options.stdout === 'number' ? options.stdout : 'pipe';
  const child = spawn('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { stdio: ['pipe', stdout, 'pipe'] });
  let out = '';
  let err = '';
  if (options.stdout === 'close') child.stdout!.destroy();
  else child.stdout?.on('data', (chunk: Buffer) => (out += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk));
  child.stdin!.end(options.input ?? '');
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout: out, stderr: err })));
}

describe('reading input: the same exit code and message in every command', () => {
  for (const reader of READERS) {
    it(`${reader.label}: a missing file, a directory`, async () => {
      const missing = join(dir, 'missing.json');
      assert.deepEqual(await run(reader.args(missing)), { code: 2, stdout: '', stderr: `${missing}: no such file` });
      const folder = join(dir, 'folder');
      mkdirSync(folder, { recursive: true });
      assert.deepEqual(await run(reader.args(folder)), { code: 2, stdout: '', stderr: `${folder} is a directory` });
    });

    it(`${reader.label}: a UTF-8 byte order mark is accepted`, async () => {
      const plain = await run(reader.args(reader.good));
      assert.equal(plain.code, 0, plain.stderr);
      const withBom = await run(reader.args(write(`bom-${reader.label.replace(/\W+/g, '-')}`, `\uFEFF${readFileSync(reader.good, 'utf8')}`)));
      assert.equal(withBom.code, 0, withBom.stderr);
      assert.equal(withBom.stdout.replaceAll(dir, '').includes('\uFEFF'), false, 'the mark is not carried into the output');
    });
  }

  for (const reader of READERS.filter((r) => r.json)) {
    it(`${reader.label}: JSON that does not parse, named with line and column`, async () => {
      const file = write('broken-lines.json', '{\n  "title": "t",\n  "lang": "en" "events": []\n}\n');
      assert.deepEqual(await run(reader.args(file)), { code: 2, stdout: '', stderr: `${file}:3:16: not valid JSON: expected "," or "}", found "\\""` });
      const empty = write('empty.json', '\n');
      assert.deepEqual(await run(reader.args(empty)), { code: 2, stdout: '', stderr: `${empty}: the file is empty, not JSON` });
      const bomBroken = write('bom-broken.json', '\uFEFF{"a" 1}');
      assert.match((await run(reader.args(bomBroken))).stderr, /bom-broken\.json:1:6: not valid JSON: expected ":" after the property name, found "1"$/, 'columns do not count the mark');
    });
  }
});

describe('standard input and output, as a program', () => {
  for (const reader of READERS) {
    it(`${reader.label}: "-" reads standard input`, async () => {
      const fromFile = await run(reader.args(reader.good));
      const fromStdin = await spawnCli(reader.args('-'), { input: readFileSync(reader.good, 'utf8') });
      assert.equal(fromStdin.code, 0, fromStdin.stderr);
      // The same output as from the file, where messages name it <stdin>.
      const expected = fromFile.stdout.replaceAll(reader.good, '<stdin>');
      assert.equal(fromStdin.stdout, expected ? `${expected}\n` : '');
    });
  }

  it('JSON on standard input that does not parse: <stdin>:line:column, exit 2', async () => {
    const result = await spawnCli(['validate', '-'], { input: '{\n  "title": ,\n}' });
    assert.deepEqual(result, { code: 2, stdout: '', stderr: '<stdin>:2:12: not valid JSON: expected a value, found ","\n' });
  });

  it('a reader that closes the pipe early ends the command quietly (EPIPE): exit 0, nothing on stderr', async () => {
    const result = await spawnCli(['render', ARTICLE], { stdout: 'close' });
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
  });

  it('a full disk (/dev/full): one line, exit 2, no stack trace', { skip: !existsSync('/dev/full') && 'no /dev/full here' }, async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = await spawnCli(['render', ARTICLE], { stdout: full });
      assert.equal(result.stderr, 'event-timeline: cannot write the output: no space left on device\n');
      assert.equal(result.code, 2);
    } finally {
      closeSync(full);
    }
  });
});
