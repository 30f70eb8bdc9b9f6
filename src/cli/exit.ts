/**
 * The command line's exit codes and its one kind of expected failure, in one place: every command
 * returns a `CliResult`, and throws `CliFailure` for wrong usage or a file it cannot read.
 */

/** 0: done (the input is valid; warnings allowed). */
export const EXIT_OK = 0;
/** 1: the input is invalid (validation problems; not the kind of data the command reads). */
export const EXIT_INVALID = 1;
/** 2: wrong usage, or a file that cannot be read or written (missing, a directory, not JSON). */
export const EXIT_FAILURE = 2;

/** The exit codes as the help explains them. */
export const EXIT_CODES_HELP =
  'Exit codes: 0 done (the input is valid; warnings allowed), 1 the input is invalid,\n' +
  '2 wrong usage or a file that cannot be read or written.';

/** What a command prints and how the process ends. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Wrong usage or an input/output failure: one line (or a line and the usage), exit code 2. */
export class CliFailure extends Error {
  readonly code = EXIT_FAILURE;
}

/** A `CliResult` for a failure: nothing on standard output, the message on standard error. */
export function failed(error: CliFailure): CliResult {
  return { code: error.code, stdout: '', stderr: error.message };
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on device',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** A system error in a few words, without the syscall and path Node puts in its message. */
export function systemErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return code ?? String((error as Error | null)?.message ?? error);
}
