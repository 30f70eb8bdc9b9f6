/**
 * Which source file a position in a built file comes from, read from its source map (version 3,
 * `mappings` in base64 VLQ), so that a CPU profile of the minified bundle can be summed by source.
 */
import { readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlqs(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** A lookup of the source file a generated position (0-based line and column) was built from. */
export function readSourceMap(mapFile: string): (line: number, column: number) => string | undefined {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  let source = 0;
  const lines = map.mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const [columnDelta, sourceDelta] = decodeVlqs(segment);
        column += columnDelta!;
        if (sourceDelta !== undefined) source += sourceDelta;
        // A segment without a source (one value) maps nowhere.
        return [column, sourceDelta === undefined ? -1 : source] as const;
      });
  });
  return (line, column) => {
    const segments = lines[line] ?? [];
    let found: number | undefined;
    for (const [start, index] of segments) {
      if (start > column) break;
      found = index;
    }
    return found === undefined || found < 0 ? undefined : map.sources[found];
  };
}
