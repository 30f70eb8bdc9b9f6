/**
 * `event-timeline validate FILE… [--source TEXT]`: the JSON Schema, the element's own rules and,
 * with the article, the quotes. Every file is checked even when one cannot be read.
 */
import type { CliCommand } from '../command.js';
import { usageError } from '../command.js';
import { CliFailure, EXIT_FAILURE, EXIT_INVALID, EXIT_OK } from '../exit.js';
import { readJson, readText } from '../read-input.js';
import { formatProblem, validateTimelineData } from '../validate-timeline-file.js';

/** Problems of one file: errors to standard error, warnings and the summary to standard output. */
async function validateFile(file: string, sourceText: string | undefined, out: string[], err: string[]): Promise<number> {
  let read: { name: string; json: unknown };
  try {
    read = await readJson(file);
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    err.push(error.message);
    return EXIT_FAILURE;
  }
  const { name, json } = read;
  const report = validateTimelineData(json, sourceText);
  const sorted = [...report.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  for (const problem of sorted) (problem.severity === 'error' ? err : out).push(`${name}: ${problem.severity}: ${formatProblem(problem)}`);
  out.push(`${name}: ${report.errors === 0 ? 'valid' : 'invalid'}, ${report.events} event(s), ${report.errors} error(s), ${report.warnings} warning(s)`);
  return report.errors > 0 ? EXIT_INVALID : EXIT_OK;
}

/** The `validate` command. */
export const command: CliCommand = {
  name: 'validate',
  summary: 'Check timeline files: the JSON Schema, unique ids, dates, and quotes against the source.',
  synopsis: 'FILE… [--source TEXT]',
  description: `Checks each timeline FILE against schema/event-timeline.schema.json and the rules the element
applies (unique ids, EDTF dates, texts, safe URLs). With --source, the article the events were
derived from: each event's source.quote must occur in its source.paragraph (paragraphs are
separated by blank lines or by runs of two or more spaces).

Prints one line per problem, "FILE: path: message", errors before warnings. A file that cannot be
read is reported and the others are still checked; the exit code is the worst of them.`,
  options: {
    source: { type: 'string', value: 'TEXT', description: 'The article the events quote (a text file).' },
  },
  example: 'npx event-timeline validate data/kadhimi-washington-2020.json --source article.txt',
  async run(args) {
    if (args.positionals.length === 0) throw usageError(command, 'no file given');
    const sourcePath = args.string('source');
    const sourceText = sourcePath === undefined ? undefined : (await readText(sourcePath)).text;
    const out: string[] = [];
    const err: string[] = [];
    let code = EXIT_OK;
    for (const file of args.positionals) code = Math.max(code, await validateFile(file, sourceText, out, err));
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  },
};
