/**
 * `event-timeline`: the command-line tool. A table of commands, each in its own module under
 * `commands/`, loaded only when it runs; the tool's help is generated from the table and each
 * command's from its module. Exit codes (`exit.ts`): 0 done, 1 invalid input, 2 wrong usage or a
 * file that cannot be read or written.
 */
import '../data/full-problem-details.js';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { commandUsage, parseCommandArgs, type CliCommand } from './command.js';
import { OPTIONAL_PEERS, missingOptionalPeer } from '../optional-peers.js';
import { CliFailure, EXIT_CODES_HELP, EXIT_FAILURE, EXIT_OK, failed, type CliResult } from './exit.js';
import { quote } from './quote.js';
import { STDIN_HELP } from './read-input.js';
import { writeResult } from './write-output.js';

/** A row of the table: enough for the tool's help without loading the command. */
interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  readonly load: () => Promise<{ command: CliCommand }>;
}

/** Every command, in the order the help lists them; each summary is its module's. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'validate',
    summary: 'Check timeline files: the JSON Schema, unique ids, dates, and quotes against the source.',
    load: () => import('./commands/validate.js'),
  },
  {
    name: 'extract',
    summary: "Draft a timeline from an article's text: every dated or scheduled event, for review.",
    load: () => import('./commands/extract.js'),
  },
  {
    name: 'import',
    summary: 'Convert a TimelineJS file to this format, listing what could not be kept.',
    load: () => import('./commands/import.js'),
  },
  {
    name: 'render',
    summary: 'Write an HTML page with the timeline rendered on the server, readable without JavaScript.',
    load: () => import('./commands/render.js'),
  },
];

const HELP_ENTRY = { name: 'help', summary: 'Show this help, or a command\'s: "event-timeline help render".' };

/** The tool's help, from the table. */
function toolHelp(): string {
  const rows = [...COMMANDS, HELP_ENTRY];
  const width = Math.max(...rows.map((row) => row.name.length)) + 2;
  return [
    'Usage: event-timeline <command> [options]',
    '',
    'Commands:',
    ...rows.map((row) => `  ${row.name.padEnd(width)}${row.summary}`),
    '',
    'Run "event-timeline <command> --help" for a command\'s options.',
    STDIN_HELP,
    '',
    EXIT_CODES_HELP,
  ].join('\n');
}

const helpful = (text: string): CliResult => ({ code: EXIT_OK, stdout: text, stderr: '' });

/** The command called `name`, loaded; an unknown name is a usage error. */
async function loadCommand(name: string): Promise<CliCommand> {
  const entry = COMMANDS.find((row) => row.name === name);
  if (!entry) throw new CliFailure(`event-timeline: unknown command ${quote(name)} (see event-timeline --help)`);
  return (await entry.load()).command;
}

async function dispatch([name, ...rest]: readonly string[]): Promise<CliResult> {
  if (name === undefined) return { code: EXIT_FAILURE, stdout: '', stderr: toolHelp() };
  if (name === '-h' || name === '--help') return helpful(toolHelp());
  if (name === 'help') return helpful(rest[0] === undefined ? toolHelp() : commandUsage(await loadCommand(rest[0])));
  const command = await loadCommand(name);
  const args = parseCommandArgs(command, rest);
  return args.help ? helpful(commandUsage(command)) : command.run(args);
}

/** Runs the tool with `args` (without `node` and the script): what to print, and the exit code. */
export async function run(args: readonly string[]): Promise<CliResult> {
  try {
    return await dispatch(args);
  } catch (error) {
    if (error instanceof CliFailure) return failed(error);
    const peer = missingOptionalPeer(error);
    if (peer) return failed(new CliFailure(`event-timeline: ${peer} is not installed; the command line needs ${OPTIONAL_PEERS.join(' and ')}: npm install --save-dev ${OPTIONAL_PEERS.join(' ')}`));
    throw error;
  }
}

// Run when executed (directly or through the npm bin link), not when imported by the tests.
const invoked = process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (invoked) writeResult(await run(process.argv.slice(2)));
