// `event-timeline render`'s options follow the server renderer's (issue 19): one per render option,
// named as the element's attribute, with the values of the same lists, reaching the rendered tag.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { command } from '../../src/cli/commands/render.js';
import { run } from '../../src/cli/main.js';
import { NUMERAL_SYSTEMS } from '../../src/dates/numerals.js';
import { renderTimeline } from '../../src/ssr/render-timeline.js';
import { DIRECTIONS, FORMATS, HEADING_LEVELS } from '../../src/timeline-options.js';
import { EVERY_OPTION, hostAttributes } from './render-options-fixture.js';

const ARTICLE = 'data/kadhimi-washington-2020.json';
const TWAIN = 'test/fixtures/timelinejs/marktwain.json';
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const events = (page: string) => page.match(/<li role="listitem" part="event/g)?.length ?? 0;

describe('event-timeline render: the render options', () => {
  it('has one option per render option, named as the element’s attribute, and --script', () => {
    assert.deepEqual(Object.keys(command.options).sort(), [...Object.keys(EVERY_OPTION).map(kebab), 'script'].sort());
  });

  it('every render option given on the command line is on the rendered tag, as renderTimeline writes it', async () => {
    const args = Object.entries(EVERY_OPTION).flatMap(([name, value]) => (value === true ? [`--${kebab(name)}`] : [`--${kebab(name)}`, String(value)]));
    const result = await run(['render', ARTICLE, ...args]);
    assert.equal(result.code, 0, result.stderr);
    const data = JSON.parse(readFileSync(ARTICLE, 'utf8'));
    assert.deepEqual(hostAttributes(result.stdout), hostAttributes((await renderTimeline(data, EVERY_OPTION)).element));
    assert.match(result.stdout, /<html lang="ckb" dir="ltr">/);
  });

  it('the help shows the values of the same lists', async () => {
    const usage = (await run(['render', '--help'])).stdout;
    assert.match(usage, new RegExp(`^ {2}--dir ${DIRECTIONS.join('\\|')} `, 'm'));
    assert.match(usage, new RegExp(`^ {2}--heading-level ${HEADING_LEVELS.join('\\|')} `, 'm'));
    assert.match(usage, new RegExp(`^ {2}--numerals ${NUMERAL_SYSTEMS.join('\\|')}\\|…\n`, 'm'));
    assert.match(usage, new RegExp(`^ {2}--format ${FORMATS.join('\\|')}\n`, 'm'));
    assert.match(usage, /^ {2}--collapsed {2,}\S/m);
  });

  it('a value outside its list is a usage error of one line, before the file is read', async () => {
    const wrong = {
      dir: ['auto', `--dir "auto" is not one of ${DIRECTIONS.join(', ')}`],
      'heading-level': ['6', `--heading-level "6" is not one of ${HEADING_LEVELS.join(', ')}`],
      format: ['csv', `--format "csv" is not one of ${FORMATS.join(', ')}`],
      numerals: ['roman', `--numerals "roman" is not a numbering system (${NUMERAL_SYSTEMS.join(', ')} or another Intl knows)`],
    };
    for (const [option, [value, message]] of Object.entries(wrong)) {
      const result = await run(['render', 'missing.json', `--${option}`, value]);
      assert.deepEqual(result, { code: 2, stdout: '', stderr: `event-timeline render: ${message} (see event-timeline render --help)` });
    }
  });

  it('--numerals takes any numbering system Intl knows', async () => {
    const result = await run(['render', ARTICLE, '--lang', 'en', '--numerals', 'beng']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /<time[^>]*><!--lit-part-->June ২০১৯</);
  });

  it('a TimelineJS file is converted first: its events rendered, what was not kept on standard error', async () => {
    const result = await run(['render', TWAIN, '--lang', 'en']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(events(result.stdout), 17);
    const lines = result.stderr.split('\n');
    assert.ok(lines.includes(`${TWAIN}: warning: events[1].location: map locations are not kept — Florida, Missouri`), result.stderr);
    assert.deepEqual(lines.filter((line) => !line.startsWith(`${TWAIN}: warning: `)), [], 'only warnings: the converted data is valid');
    assert.equal((await run(['render', TWAIN, '--lang', 'en', '--format', 'timelinejs'])).stdout, result.stdout);
  });

  it('--format event-timeline reads a TimelineJS file as it is: its problems listed, no events', async () => {
    const result = await run(['render', TWAIN, '--format', 'event-timeline']);
    assert.equal(result.code, 0);
    assert.equal(events(result.stdout), 0);
    assert.match(result.stderr, new RegExp(`^${TWAIN}: error: `, 'm'));
  });
});
