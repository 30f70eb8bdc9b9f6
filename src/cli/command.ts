/**
 * The shape every command of `event-timeline` has (one module per command in `commands/`), the
 * parsing of its options, and its usage text, generated from the same description so that
 * `--help` lists exactly the options the parser accepts.
 */
import { parseArgs } from 'node:util';
import { CliFailure, EXIT_CODES_HELP, type CliResult } from './exit.js';
import { quote } from './quote.js';
import { STDIN, STDIN_HELP } from './read-input.js';

/** One option of a command. */
interface CliOption {
  readonly type: 'string' | 'boolean';
  /** The value's placeholder in the usage (`L`, `URL`, `vertical|alternating|horizontal`). */
  readonly value?: string;
  /** One line. */
  readonly description: string;
}

/** What a command's `run` receives. */
interface CliArguments {
  readonly positionals: readonly string[];
  /** The value of a string option, or undefined when it is not given. */
  string(name: string): string | undefined;
  /** Whether a boolean option is given. */
  flag(name: string): boolean;
}

/** A command of `event-timeline`: its help, its options, and what it does. */
export interface CliCommand {
  readonly name: string;
  /** One line, as the tool's help lists it. */
  readonly summary: string;
  /** The arguments after the command's name, e.g. `FILE… [--source TEXT]`. */
  readonly synopsis: string;
  /** What the command does and prints. */
  readonly description: string;
  readonly options: Readonly<Record<string, CliOption>>;
  readonly example?: string;
  /** Runs the command; throws `CliFailure` for wrong usage or a file it cannot read. */
  run(args: CliArguments): Promise<CliResult>;
}

const HELP_OPTION: CliOption = { type: 'boolean', description: 'Show this help.' };
const FLAG_WIDTH = 26;

/** `command`'s usage: synopsis, description, every option, an example, the exit codes. */
export function commandUsage(command: CliCommand): string {
  const options = Object.entries({ ...command.options, help: HELP_OPTION }).map(([name, option]) => {
    const flag = `${name === 'help' ? '-h, ' : ''}--${name}${option.value ? ` ${option.value}` : ''}`;
    return flag.length < FLAG_WIDTH ? `  ${flag.padEnd(FLAG_WIDTH)}${option.description}` : `  ${flag}\n  ${' '.repeat(FLAG_WIDTH)}${option.description}`;
  });
  return [
    `Usage: event-timeline ${command.name} ${command.synopsis}`,
    '',
    command.description,
    '',
    'Options:',
    ...options,
    '',
    STDIN_HELP,
    ...(command.example ? [`Example: ${command.example}`] : []),
    '',
    EXIT_CODES_HELP,
  ].join('\n');
}

/** A usage error of `command`: one line, and where its usage is. */
export function usageError(command: Pick<CliCommand, 'name'>, message: string): CliFailure {
  return new CliFailure(`event-timeline ${command.name}: ${message} (see event-timeline ${command.name} --help)`);
}

/**
 * The options and positional arguments of `command` in `args`. An unknown option, a string option
 * without its value and a boolean option with one are usage errors; `-h`/`--help` sets `help`.
 */
export function parseCommandArgs(command: CliCommand, args: readonly string[]): CliArguments & { help: boolean } {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, option] of Object.entries(command.options)) config[name] = { type: option.type };
  const { values, positionals, tokens } = parseArgs({ args: [...args], options: config, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const type = Object.hasOwn(config, token.name) ? config[token.name]!.type : undefined;
    if (!type) throw usageError(command, `unknown option ${quote(token.rawName)}`);
    const looksLikeOption = !token.inlineValue && token.value !== undefined && token.value.startsWith('-') && token.value !== STDIN;
    if (type === 'string' && (token.value === undefined || looksLikeOption)) throw usageError(command, `${token.rawName} needs a value`);
    if (type === 'boolean' && token.value !== undefined) throw usageError(command, `${token.rawName} takes no value`);
  }
  return {
    positionals,
    help: values.help === true,
    string: (name) => (typeof values[name] === 'string' ? values[name] : undefined),
    flag: (name) => values[name] === true,
  };
}
