/**
 * `event-timeline`: the command-line tool. `validate` checks timeline files; more commands come
 * with the server rendering and TimelineJS import. Exit codes: 0 valid, 1 invalid, 2 usage.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
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

export async function run(args: readonly string[]): Promise<CliResult> {
  const [command, ...rest] = args;
  if (!command || command === '-h' || command === '--help') return { code: command ? 0 : 2, stdout: command ? HELP : '', stderr: command ? '' : HELP };
  if (command === 'validate') return validate(rest);
  if (command === 'render') return renderCommand(rest);
  if (command === 'import') return importCommand(rest);
  if (command === 'extract') return extractCommand(rest);
  return { code: 2, stdout: '', stderr: `event-timeline: unknown command "${command}"\n\n${HELP}` };
}

async function renderCommand(rest: readonly string[]): Promise<CliResult> {
  if (rest.includes('-h') || rest.includes('--help')) return { code: 0, stdout: RENDER_HELP, stderr: '' };
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (['--lang', '--layout', '--theme', '--script'].includes(arg)) {
      const value = rest[++i];
      if (!value) return { code: 2, stdout: '', stderr: `event-timeline render: ${arg} needs a value` };
      values[arg.slice(2)] = value;
    } else if (arg === '--gaps' || arg === '--weekdays') flags.add(arg.slice(2));
    else if (arg.startsWith('-')) return { code: 2, stdout: '', stderr: `event-timeline render: unknown option "${arg}"\n\n${RENDER_HELP}` };
    else files.push(arg);
  }
  if (files.length !== 1) return { code: 2, stdout: '', stderr: `event-timeline render: give one file\n\n${RENDER_HELP}` };
  const layouts = ['vertical', 'alternating', 'horizontal'];
  const themes = ['auto', 'light', 'dark'];
  if (values.layout && !layouts.includes(values.layout)) return { code: 2, stdout: '', stderr: `event-timeline render: --layout is one of ${layouts.join(', ')}` };
  if (values.theme && !themes.includes(values.theme)) return { code: 2, stdout: '', stderr: `event-timeline render: --theme is one of ${themes.join(', ')}` };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(files[0]!, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not valid JSON: ${(error as Error).message}`;
    return { code: 1, stdout: '', stderr: `${files[0]}: ${reason}` };
  }
  const report = validateTimelineData(data);
  const warnings = report.problems.map((p) => `${files[0]}: ${p.severity}: ${formatProblem(p)}`).join('\n');
  // The renderer loads Lit and a DOM shim: only for this command.
  const { renderTimelinePage } = await import('../ssr/render-timeline.js');
  const page = await renderTimelinePage(data, {
    ...(values.lang ? { lang: values.lang } : {}),
    ...(values.layout ? { layout: values.layout as 'vertical' } : {}),
    ...(values.theme ? { theme: values.theme as 'auto' } : {}),
    gaps: flags.has('gaps'),
    weekdays: flags.has('weekdays'),
    ...(values.script ? { scriptUrl: values.script } : {}),
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
  if (rest.includes('-h') || rest.includes('--help')) return { code: 0, stdout: EXTRACT_HELP, stderr: '' };
  const values: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (['--lang', '--published', '--title'].includes(arg)) {
      const value = rest[++i];
      if (!value) return { code: 2, stdout: '', stderr: `event-timeline extract: ${arg} needs a value` };
      values[arg.slice(2)] = value;
    } else if (arg.startsWith('-')) return { code: 2, stdout: '', stderr: `event-timeline extract: unknown option "${arg}"\n\n${EXTRACT_HELP}` };
    else files.push(arg);
  }
  if (files.length !== 1) return { code: 2, stdout: '', stderr: `event-timeline extract: give one article\n\n${EXTRACT_HELP}` };
  if (values.lang !== 'ckb' && values.lang !== 'en') return { code: 2, stdout: '', stderr: 'event-timeline extract: --lang is ckb or en' };
  if (!values.published || !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    return { code: 2, stdout: '', stderr: 'event-timeline extract: --published YYYY-MM-DD (the article’s date) is needed to resolve “today”, “Tuesday”, “this year”' };
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
  if (rest.includes('-h') || rest.includes('--help')) return { code: 0, stdout: IMPORT_HELP, stderr: '' };
  let lang = 'en';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--lang') {
      const value = rest[++i];
      if (!value) return { code: 2, stdout: '', stderr: 'event-timeline import: --lang needs a value' };
      lang = value;
    } else if (arg.startsWith('-')) return { code: 2, stdout: '', stderr: `event-timeline import: unknown option "${arg}"\n\n${IMPORT_HELP}` };
    else files.push(arg);
  }
  if (files.length !== 1) return { code: 2, stdout: '', stderr: `event-timeline import: give one file\n\n${IMPORT_HELP}` };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(files[0]!, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not valid JSON: ${(error as Error).message}`;
    return { code: 1, stdout: '', stderr: `${files[0]}: ${reason}` };
  }
  if (!isTimelineJS(json)) return { code: 1, stdout: '', stderr: `${files[0]}: not TimelineJS data (no events with start_date, no title slide)` };
  const { data, warnings } = fromTimelineJS(json, { lang });
  const lines = warnings.map((w) => `${files[0]}: ${w.path}: ${w.message}${w.event ? ` — ${w.event}` : ''}`);
  lines.push(`${files[0]}: imported ${data.events.length} event(s), ${warnings.length} warning(s)`);
  return { code: 0, stdout: JSON.stringify(data, null, 2), stderr: lines.join('\n') };
}

function validate(rest: readonly string[]): CliResult {
  const out: string[] = [];
  const err: string[] = [];
  if (rest.includes('-h') || rest.includes('--help')) return { code: 0, stdout: VALIDATE_HELP, stderr: '' };

  const files: string[] = [];
  let sourcePath: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--source') {
      sourcePath = rest[++i];
      if (!sourcePath) return { code: 2, stdout: '', stderr: 'event-timeline validate: --source needs a file' };
    } else if (arg.startsWith('-')) {
      return { code: 2, stdout: '', stderr: `event-timeline validate: unknown option "${arg}"\n\n${VALIDATE_HELP}` };
    } else files.push(arg);
  }
  if (files.length === 0) return { code: 2, stdout: '', stderr: `event-timeline validate: no file given\n\n${VALIDATE_HELP}` };

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
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      err.push(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not valid JSON: ${(error as Error).message}`}`);
      invalid = true;
      continue;
    }
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
