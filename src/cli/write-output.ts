/**
 * Writing a command's result to the process's streams, ending quietly when the output goes nowhere:
 * a reader that closed the pipe (`render … | head -c 100`) is not an error, so EPIPE ends the
 * process without a word and with the command's own exit code; any other write failure (a full
 * disk, `> /dev/full`) is one line on standard error and exit code 2. Never a stack trace.
 */
import { EXIT_FAILURE, systemErrorReason, type CliResult } from './exit.js';

function onStdoutError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`event-timeline: cannot write the output: ${systemErrorReason(error)}\n`);
  process.exitCode = EXIT_FAILURE;
}

/** Prints `result` (each stream ends with a newline) and sets the exit code. */
export function writeResult(result: CliResult): void {
  process.stdout.on('error', onStdoutError);
  // Standard error closed too: nothing left to tell anyone.
  process.stderr.on('error', () => {});
  process.exitCode = result.code;
  if (result.stdout) process.stdout.write(`${result.stdout}\n`);
  if (result.stderr) process.stderr.write(`${result.stderr}\n`);
}
