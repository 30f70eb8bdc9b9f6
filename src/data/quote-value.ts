/**
 * How a problem message shows a value from the data: short whatever its size, and without
 * recursion whatever its depth, so that a 1 MB string or an array nested 10,000 levels deep makes
 * a one-line message rather than a huge one or a stack overflow.
 */
import { pathStep, QUOTE_LENGTH, shorten } from './shorten.js';

/** Beyond this many levels below the value being checked, data is reported as nested too deeply. */
const MAX_NESTING = 16;

/**
 * Where below `value` data first goes deeper than `limit` levels, as a path relative to it
 * (`[0][0]…`), or undefined. Iterative, and it stops at the first such place.
 */
function tooDeepAt(value: unknown, limit = MAX_NESTING): string | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return path;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: `${path}[${i}]`, depth: depth + 1 });
    } else {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ value: (current as Record<string, unknown>)[keys[i]!], path: path + pathStep(keys[i]!), depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/**
 * A value as a message quotes it: a string in quotes, shortened to about 80 characters; a number,
 * boolean or null as JSON writes it; an array or object as a short preview (`{"en": 5, …}`), or,
 * when it is nested more than {@link MAX_NESTING} levels deep, where (`path` is the value's own).
 */
export function quoteValue(value: unknown, path = ''): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value));
  if (typeof value !== 'object' || value === null) return String(value);
  const deep = tooDeepAt(value);
  if (deep !== undefined) return `a value nested too deeply at ${path}${deep}`;
  return shorten(preview(value, 2), QUOTE_LENGTH);
}

// JSON-like, a few levels down and a few items across: enough to recognise the value.
function preview(value: unknown, levels: number): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value, 24));
  if (typeof value !== 'object' || value === null) return String(value);
  if (Array.isArray(value)) {
    if (levels === 0) return '[…]';
    const shown = value.slice(0, 4).map((item: unknown) => preview(item, levels - 1));
    return `[${[...shown, ...(value.length > 4 ? ['…'] : [])].join(', ')}]`;
  }
  if (levels === 0) return '{…}';
  const keys = Object.keys(value);
  const shown = keys.slice(0, 4).map((key) => `${JSON.stringify(shorten(key, 24))}: ${preview((value as Record<string, unknown>)[key], levels - 1)}`);
  return `{${[...shown, ...(keys.length > 4 ? ['…'] : [])].join(', ')}}`;
}
