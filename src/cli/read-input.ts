/**
 * Reading the command line's input, in one place for every command: `-` is standard input, a
 * UTF-8 byte order mark is dropped (the element accepts one too), and every failure is one line
 * naming the file, exit code 2 — a missing file, a directory, a file too large or not UTF-8, or
 * JSON that does not parse, with the line and column of the first error.
 */
import { readFile, stat } from 'node:fs/promises';
import { CliFailure, systemErrorReason } from './exit.js';
import { findJsonSyntaxError, lineAndColumn } from './json-syntax-error.js';
import { quote } from './quote.js';

/** The argument that names standard input instead of a file. */
export const STDIN = '-';

/** How the help says so. */
export const STDIN_HELP = `"${STDIN}" in place of a file reads standard input.`;

/** The largest input read (a timeline file is a few megabytes; this is a hundred times more). */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

const tooLarge = (name: string) => new CliFailure(`${name}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB; not read`);

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
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > MAX_INPUT_BYTES) throw tooLarge(STDIN_NAME);
      chunks.push(chunk as Buffer);
    }
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
    if (file !== STDIN && (await stat(file)).size > MAX_INPUT_BYTES) throw tooLarge(name);
    bytes = file === STDIN ? await readStdin() : await readFile(file);
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    const reason = systemErrorReason(error);
    throw new CliFailure(reason === 'is a directory' ? `${name} is a directory` : `${name}: ${reason}`);
  }
  const text = decodeUtf8(name, bytes);
  return { name, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

/** The bytes as UTF-8 text; anything else (UTF-16, Latin-1, binary) is a one-line failure, not mojibake. */
function decodeUtf8(name: string, bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    throw new CliFailure(`${name}: not UTF-8 text${utf16 ? ' (it is UTF-16: save it as UTF-8)' : ''}`);
  }
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
