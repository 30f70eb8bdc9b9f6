/**
 * Reading the command line's input, in one place for every command: `-` is standard input, a
 * UTF-8 byte order mark is dropped (the element accepts one too), and every failure is one line
 * naming the file, exit code 2 — a missing file, a directory, or JSON that does not parse, with
 * the line and column of the first error.
 */
import { readFile } from 'node:fs/promises';
import { CliFailure, systemErrorReason } from './exit.js';
import { findJsonSyntaxError, lineAndColumn } from './json-syntax-error.js';
import { quote } from './quote.js';

/** The argument that names standard input instead of a file. */
export const STDIN = '-';

/** How the help says so. */
export const STDIN_HELP = `"${STDIN}" in place of a file reads standard input.`;

/** How messages name standard input. */
const STDIN_NAME = '<stdin>';

/** A file's text, and how messages name the file. */
interface InputText {
  readonly name: string;
  readonly text: string;
}

let stdinText: Promise<Buffer> | undefined;

/** Standard input, read once however many arguments name it. */
function readStdin(): Promise<Buffer> {
  stdinText ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  })();
  return stdinText;
}

/** The display name of a file argument. */
function inputName(file: string): string {
  return file === STDIN ? STDIN_NAME : file;
}

/** Reads a text file (or standard input for `-`) as UTF-8; a failure is a `CliFailure`. */
export async function readText(file: string): Promise<InputText> {
  const name = inputName(file);
  let bytes: Buffer;
  try {
    bytes = file === STDIN ? await readStdin() : await readFile(file);
  } catch (error) {
    const reason = systemErrorReason(error);
    throw new CliFailure(reason === 'is a directory' ? `${name} is a directory` : `${name}: ${reason}`);
  }
  const text = bytes.toString('utf8');
  return { name, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

/** Reads and parses a JSON file (or standard input for `-`); a failure is a `CliFailure`. */
export async function readJson(file: string): Promise<{ name: string; json: unknown }> {
  const { name, text } = await readText(file);
  try {
    return { name, json: JSON.parse(text) };
  } catch (error) {
    if (/^[ \t\n\r]*$/.test(text)) throw new CliFailure(`${name}: the file is empty, not JSON`);
    // The scanner follows the same grammar as JSON.parse; its message is only a safety net.
    const syntax = findJsonSyntaxError(text) ?? { offset: text.length, reason: quote((error as Error).message) };
    const { line, column } = lineAndColumn(text, syntax.offset);
    throw new CliFailure(`${name}:${line}:${column}: not valid JSON: ${syntax.reason}`);
  }
}
