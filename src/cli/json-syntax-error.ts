/**
 * Where JSON text first breaks the grammar, and why, in words an editor acts on. `JSON.parse` says
 * "at position 63" at best, and in Node 20 nothing at all for an unexpected token or a cut-off
 * file; the command line reports `file.json:3:14: …` instead. Iterative, so any nesting depth
 * `JSON.parse` accepts is scanned without recursion.
 */

/** The first syntax error of a JSON text: its offset (UTF-16 code units) and the reason. */
interface JsonSyntaxError {
  readonly offset: number;
  readonly reason: string;
}

/** 1-based line and column (UTF-16 code units, as editors count them) of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

type Expecting = 'value' | 'first-item' | 'item' | 'first-key' | 'key' | 'after-value';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const ESCAPES = '"\\/bfnrtu';

/** What stands at `offset` where something else was expected, in words. */
function found(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  if (text.startsWith('//', offset) || text.startsWith('/*', offset)) return 'a comment (JSON allows none)';
  const character = String.fromCodePoint(text.codePointAt(offset)!);
  if (character === "'") return 'a single quote (JSON strings take double quotes)';
  return JSON.stringify(character);
}

/** Scans the string starting at `start` (a `"`); returns the offset after it, or the error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { offset: i, reason: code === 0x0a ? 'a line break inside a string (write \\n)' : 'a control character inside a string' };
    if (code === 0x5c) {
      const next = text[i + 1] ?? '';
      if (next === '') break;
      if (!ESCAPES.includes(next)) return { offset: i, reason: `unknown escape \\${next} in a string` };
      if (next === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, reason: '\\u needs four hexadecimal digits' };
      i += next === 'u' ? 5 : 1;
    }
  }
  return { offset: start, reason: 'a string that never ends (no closing ")' };
}

/** Scans one scalar (string, number, true, false, null) at `i`; the offset after it, or the error. */
function scanScalar(text: string, i: number): number | JsonSyntaxError {
  if (text[i] === '"') return scanString(text, i);
  for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, i)) return i + literal.length;
  NUMBER.lastIndex = i;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  return { offset: i, reason: `expected a value, found ${found(text, i)}` };
}

function skipWhitespace(text: string, i: number): number {
  WHITESPACE.lastIndex = i;
  WHITESPACE.test(text);
  return WHITESPACE.lastIndex;
}

/** Scans a property name at `i` and the colon after it; the offset after the colon, or the error. */
function scanKey(text: string, i: number): number | JsonSyntaxError {
  if (text[i] !== '"') return { offset: i, reason: `expected a property name in double quotes, found ${found(text, i)}` };
  const end = scanString(text, i);
  if (typeof end !== 'number') return end;
  const colon = skipWhitespace(text, end);
  if (text[colon] !== ':') return { offset: colon, reason: `expected ":" after the property name, found ${found(text, colon)}` };
  return colon + 1;
}

/** The first syntax error of `text` as JSON, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const open: string[] = [];
  let expecting: Expecting = 'value';
  let i = 0;
  const fail = (reason: string): JsonSyntaxError => ({ offset: i, reason });
  for (;;) {
    i = skipWhitespace(text, i);
    const c = text[i];
    if (expecting === 'after-value') {
      const close = open.at(-1);
      if (close === undefined) return i < text.length ? fail('more text after the end of the JSON value') : undefined;
      if (c === close) {
        open.pop();
        i++;
      } else if (c === ',') {
        expecting = close === '}' ? 'key' : 'item';
        i++;
      } else return fail(`expected "," or "${close}", found ${found(text, i)}`);
      continue;
    }
    if (expecting === 'first-key' || expecting === 'key') {
      if (c === '}') {
        if (expecting === 'key') return fail('a comma before "}" (JSON allows no trailing comma)');
        open.pop();
        i++;
        expecting = 'after-value';
        continue;
      }
      const end = scanKey(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expecting = 'value';
      continue;
    }
    if (c === ']' && expecting !== 'value') {
      if (expecting === 'item') return fail('a comma before "]" (JSON allows no trailing comma)');
      open.pop();
      i++;
      expecting = 'after-value';
    } else if (c === '{' || c === '[') {
      open.push(c === '{' ? '}' : ']');
      i++;
      expecting = c === '{' ? 'first-key' : 'first-item';
    } else {
      const end = scanScalar(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expecting = 'after-value';
    }
  }
}
