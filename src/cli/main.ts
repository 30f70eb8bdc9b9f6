/**
 * `event-timeline`: the command-line tool. `validate` checks timeline files; more commands come
 * with the server rendering and TimelineJS import. Exit codes: 0 valid, 1 invalid, 2 usage.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { fromTimelineJS, isTimelineJS } from '../data/from-timelinejs.js';
import { formatProblem, validateTimelineData } from './validate-timeline-file.js';

const HELP = `Usage: event-timeline <command> [options]

Commands:
  validate FILE… [--source TEXT]   Check timeline files: the JSON Schema, unique ids, dates that
                                   parse, and with --source, that every source.quote is in the
                                   paragraph of TEXT it names.
  extract ARTICLE --lang ckb|en --published YYYY-MM-DD
                                   Draft a timeline from an article's text: every dated or
                                   scheduled event, with its rule and confidence, for review.
  import FILE [--lang L]           Convert a TimelineJS JSON file to this format (to standard
                                   output), listing what could not be kept.
  render FILE [--lang L] …         Write an HTML page with the timeline rendered on the server:
                                   readable without JavaScript, with schema.org JSON-LD.

Options:
  -h, --help                       Show this help (also after a command).

Exit codes: 0 valid (warnings allowed), 1 invalid, 2 wrong usage.`;

const VALIDATE_HELP = `Usage: event-timeline validate FILE… [--source TEXT]

Checks each timeline FILE against schema/event-timeline.schema.json and the rules the element
applies (unique ids, EDTF dates, texts, safe URLs). With --source, the article the events were
derived from: each event's source.quote must occur in its source.paragraph (paragraphs are
separated by blank lines or by runs of two or more spaces).

Prints one line per problem, "FILE: path: message", errors before warnings.
Exit codes: 0 valid (warnings allowed), 1 invalid, 2 wrong usage.`;

const RENDER_HELP = `Usage: event-timeline render FILE [--lang L] [--layout vertical|alternating|horizontal]
                             [--theme auto|light|dark] [--gaps] [--weekdays] [--script URL]

Writes to standard output a complete HTML page with FILE's timeline rendered on the server
(declarative shadow DOM: readable, styled and in the right direction without JavaScript) and its
schema.org JSON-LD. --script is the URL of dist/event-timeline.hydrate.js as the page will serve
it: when it loads, the element takes over the rendered DOM instead of building it again.

Example: npx event-timeline render data/kadhimi-washington-2020.json --lang ckb > timeline.html`;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const usage = (message: string): CliResult => ({ code: 2, stdout: '', stderr: message });

/**
 * Options and positional arguments of one command, with Node's own parser: unknown options and
 * options without their value are usage errors (exit 2) that end with the command's help.
 */
function parseCommand(
  command: string,
  args: readonly string[],
  help: string,
  options: { strings?: readonly string[]; booleans?: readonly string[] },
): CliResult | { values: Record<string, string | boolean | undefined>; files: string[] } {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const name of options.strings ?? []) config[name] = { type: 'string' };
  for (const name of options.booleans ?? []) config[name] = { type: 'boolean' };
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: config, allowPositionals: true, strict: true });
    if (values.help) return { code: 0, stdout: help, stderr: '' };
    return { values, files: positionals };
  } catch (error) {
    return usage(`event-timeline ${command}: ${(error as Error).message}\n\n${help}`);
  }
}

/** Reads and parses a JSON file; a failure is a result with exit code 1 that says why. */
function readJsonFile(file: string): { json: unknown } | { failure: CliResult } {
  try {
    return { json: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not valid JSON: ${(error as Error).message}`;
    return { failure: { code: 1, stdout: '', stderr: `${file}: ${reason}` } };
  }
}

export async function run(args: readonly string[]): Promise<CliResult> {
  const [command, ...rest] = args;
  if (!command) return usage(HELP);
  if (command === '-h' || command === '--help') return { code: 0, stdout: HELP, stderr: '' };
  if (command === 'validate') return validate(rest);
  if (command === 'render') return renderCommand(rest);
  if (command === 'import') return importCommand(rest);
  if (command === 'extract') return extractCommand(rest);
  return usage(`event-timeline: unknown command "${command}"\n\n${HELP}`);
}

async function renderCommand(rest: readonly string[]): Promise<CliResult> {
  const parsed = parseCommand('render', rest, RENDER_HELP, { strings: ['lang', 'layout', 'theme', 'script'], booleans: ['gaps', 'weekdays'] });
  if ('code' in parsed) return parsed;
  const { values, files } = parsed;
  if (files.length !== 1) return usage(`event-timeline render: give one file\n\n${RENDER_HELP}`);
  const layouts = ['vertical', 'alternating', 'horizontal'];
  const themes = ['auto', 'light', 'dark'];
  if (values.layout && !layouts.includes(String(values.layout))) return usage(`event-timeline render: --layout is one of ${layouts.join(', ')}`);
  if (values.theme && !themes.includes(String(values.theme))) return usage(`event-timeline render: --theme is one of ${themes.join(', ')}`);
  const read = readJsonFile(files[0]!);
  if ('failure' in read) return read.failure;
  const data = read.json;
  const report = validateTimelineData(data);
  const warnings = report.problems.map((p) => `${files[0]}: ${p.severity}: ${formatProblem(p)}`).join('\n');
  // The renderer loads Lit and a DOM shim: only for this command.
  const { renderTimelinePage } = await import('../ssr/render-timeline.js');
  const page = await renderTimelinePage(data, {
    ...(values.lang ? { lang: String(values.lang) } : {}),
    ...(values.layout ? { layout: values.layout as 'vertical' } : {}),
    ...(values.theme ? { theme: values.theme as 'auto' } : {}),
    gaps: values.gaps === true,
    weekdays: values.weekdays === true,
    ...(values.script ? { scriptUrl: String(values.script) } : {}),
  });
  return { code: 0, stdout: page, stderr: warnings };
}

const IMPORT_HELP = `Usage: event-timeline import FILE [--lang L]

Converts a Knight Lab TimelineJS JSON file to event-timeline's format and writes it to standard
output. Dates keep their precision, display_date becomes the worded date, groups become
categories, HTML becomes text (its links kept), images stay images and other media become links.
What cannot be carried over (backgrounds, map locations, eras, embedded media…) is listed on
standard error, one line per item, with the event it concerns. --lang is the language of the
texts (default en).

Example: npx event-timeline import timeline3.json --lang en > timeline.json`;

const EXTRACT_HELP = `Usage: event-timeline extract ARTICLE.txt --lang ckb|en --published YYYY-MM-DD [--title T]

Reads an article (paragraphs separated by blank lines or runs of spaces) and writes a draft
timeline to standard output: one event per expression of time (absolute dates in Latin or
Eastern Arabic digits, month and weekday names, today, Tuesday, this year, in the near future…),
resolved against the publication date, with the expression as worded, the sentence as quote, its
paragraph, and "extraction": {"rule", "confidence"}. Titles are drawn from the sentence; nothing
is translated. The draft passes \`event-timeline validate\`; an editor reviews it.

Example: npx event-timeline extract article.txt --lang ckb --published 2020-08-20 > draft.json`;

async function extractCommand(rest: readonly string[]): Promise<CliResult> {
  const parsed = parseCommand('extract', rest, EXTRACT_HELP, { strings: ['lang', 'published', 'title'] });
  if ('code' in parsed) return parsed;
  const { files } = parsed;
  const values = parsed.values as Record<string, string | undefined>;
  if (files.length !== 1) return usage(`event-timeline extract: give one article\n\n${EXTRACT_HELP}`);
  if (values.lang !== 'ckb' && values.lang !== 'en') return usage('event-timeline extract: --lang is ckb or en');
  if (!values.published || !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    return usage('event-timeline extract: --published YYYY-MM-DD (the article’s date) is needed to resolve “today”, “Tuesday”, “this year”');
  }
  let article: string;
  try {
    article = readFileSync(files[0]!, 'utf8');
  } catch (error) {
    return { code: 1, stdout: '', stderr: `${files[0]}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}` };
  }
  const { extractTimeline } = await import('../extract/extract-events.js');
  const draft = extractTimeline(article, { lang: values.lang, published: values.published, ...(values.title ? { title: values.title } : {}) });
  return { code: 0, stdout: JSON.stringify(draft, null, 2), stderr: `${files[0]}: ${draft.events.length} candidate event(s)` };
}

function importCommand(rest: readonly string[]): CliResult {
  const parsed = parseCommand('import', rest, IMPORT_HELP, { strings: ['lang'] });
  if ('code' in parsed) return parsed;
  const { values, files } = parsed;
  const lang = typeof values.lang === 'string' ? values.lang : 'en';
  if (files.length !== 1) return usage(`event-timeline import: give one file\n\n${IMPORT_HELP}`);
  const read = readJsonFile(files[0]!);
  if ('failure' in read) return read.failure;
  const json = read.json;
  if (!isTimelineJS(json)) return { code: 1, stdout: '', stderr: `${files[0]}: not TimelineJS data (no events with start_date, no title slide)` };
  const { data, warnings } = fromTimelineJS(json, { lang });
  const lines = warnings.map((w) => `${files[0]}: ${w.path}: ${w.message}${w.event ? ` — ${w.event}` : ''}`);
  lines.push(`${files[0]}: imported ${data.events.length} event(s), ${warnings.length} warning(s)`);
  return { code: 0, stdout: JSON.stringify(data, null, 2), stderr: lines.join('\n') };
}

function validate(rest: readonly string[]): CliResult {
  const out: string[] = [];
  const err: string[] = [];
  const parsed = parseCommand('validate', rest, VALIDATE_HELP, { strings: ['source'] });
  if ('code' in parsed) return parsed;
  const { files } = parsed;
  const sourcePath = typeof parsed.values.source === 'string' ? parsed.values.source : undefined;
  if (files.length === 0) return usage(`event-timeline validate: no file given\n\n${VALIDATE_HELP}`);

  let sourceText: string | undefined;
  if (sourcePath) {
    try {
      sourceText = readFileSync(sourcePath, 'utf8');
    } catch (error) {
      return { code: 2, stdout: '', stderr: `event-timeline validate: cannot read the source ${sourcePath}: ${(error as Error).message}` };
    }
  }

  let invalid = false;
  for (const file of files) {
    const read = readJsonFile(file);
    if ('failure' in read) {
      err.push(read.failure.stderr);
      invalid = true;
      continue;
    }
    const data = read.json;
    const report = validateTimelineData(data, sourceText);
    const sorted = [...report.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const problem of sorted) (problem.severity === 'error' ? err : out).push(`${file}: ${problem.severity}: ${formatProblem(problem)}`);
    if (report.errors > 0) invalid = true;
    out.push(`${file}: ${report.errors === 0 ? 'valid' : 'invalid'}, ${report.events} event(s), ${report.errors} error(s), ${report.warnings} warning(s)`);
  }
  return { code: invalid ? 1 : 0, stdout: out.join('\n'), stderr: err.join('\n') };
}

// Run when executed (directly or through the npm bin link), not when imported by the tests.
const invoked = process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (invoked) {
  const result = await run(process.argv.slice(2));
  if (result.stdout) process.stdout.write(`${result.stdout}\n`);
  if (result.stderr) process.stderr.write(`${result.stderr}\n`);
  process.exitCode = result.code;
}
