/**
 * `event-timeline`: the command-line tool. `validate` checks timeline files; more commands come
 * with the server rendering and TimelineJS import. Exit codes: 0 valid, 1 invalid, 2 usage.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { formatProblem, validateTimelineData } from './validate-timeline-file.js';

const HELP = `Usage: event-timeline <command> [options]

Commands:
  validate FILE… [--source TEXT]   Check timeline files: the JSON Schema, unique ids, dates that
                                   parse, and with --source, that every source.quote is in the
                                   paragraph of TEXT it names.

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

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(args: readonly string[]): CliResult {
  const out: string[] = [];
  const err: string[] = [];
  const [command, ...rest] = args;
  if (!command || command === '-h' || command === '--help') return { code: command ? 0 : 2, stdout: command ? HELP : '', stderr: command ? '' : HELP };
  if (command !== 'validate') return { code: 2, stdout: '', stderr: `event-timeline: unknown command "${command}"\n\n${HELP}` };
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
  const result = run(process.argv.slice(2));
  if (result.stdout) process.stdout.write(`${result.stdout}\n`);
  if (result.stderr) process.stderr.write(`${result.stderr}\n`);
  process.exitCode = result.code;
}
