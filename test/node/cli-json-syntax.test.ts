// Where JSON first breaks the grammar, for the command line's `file.json:3:14: …` messages; the
// grammar checked against JSON.parse itself on generated and mutated texts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import './fast-check-seed.js';
import { findJsonSyntaxError, lineAndColumn } from '../../src/cli/json-syntax-error.js';

const at = (text: string) => {
  const error = findJsonSyntaxError(text);
  return error && { ...lineAndColumn(text, error.offset), reason: error.reason };
};

describe('findJsonSyntaxError', () => {
  it('names the mistakes editors make, where they are', () => {
    assert.deepEqual(at('{\n  "a": 1,\n  "b": x\n}'), { line: 3, column: 8, reason: 'expected a value, found "x"' });
    assert.deepEqual(at('{"a": 1,}'), { line: 1, column: 9, reason: 'a comma before "}" (JSON allows no trailing comma)' });
    assert.deepEqual(at('[1, 2,]'), { line: 1, column: 7, reason: 'a comma before "]" (JSON allows no trailing comma)' });
    assert.deepEqual(at("{'a': 1}"), { line: 1, column: 2, reason: 'expected a property name in double quotes, found a single quote (JSON strings take double quotes)' });
    assert.deepEqual(at('{"a": 1 // note\n}'), { line: 1, column: 9, reason: 'expected "," or "}", found a comment (JSON allows none)' });
    assert.deepEqual(at('{"a": "two\nlines"}'), { line: 1, column: 11, reason: 'a line break inside a string (write \\n)' });
    assert.deepEqual(at('{"a": "\\q"}'), { line: 1, column: 8, reason: 'unknown escape \\q in a string' });
    assert.deepEqual(at('{"a": "\\u12"}'), { line: 1, column: 8, reason: '\\u needs four hexadecimal digits' });
    assert.deepEqual(at('{"a": "open'), { line: 1, column: 7, reason: 'a string that never ends (no closing ")' });
    assert.deepEqual(at('{"events": [\n'), { line: 2, column: 1, reason: 'expected a value, found the end of the file' });
    assert.deepEqual(at('{"a" 1}'), { line: 1, column: 6, reason: 'expected ":" after the property name, found "1"' });
    assert.deepEqual(at('{} {}'), { line: 1, column: 4, reason: 'more text after the end of the JSON value' });
    assert.deepEqual(at('{"ناو": ٢}'), { line: 1, column: 9, reason: 'expected a value, found "٢"' });
    assert.equal(findJsonSyntaxError(' {"a": [1, -2.5e3, true, false, null, {"b": "\\u00e9\\n"}]} '), undefined);
  });

  it('deep nesting is scanned without recursion', () => {
    const depth = 200_000;
    assert.equal(findJsonSyntaxError(`${'['.repeat(depth)}${']'.repeat(depth)}`), undefined);
    assert.deepEqual(at(`${'['.repeat(depth)}${']'.repeat(depth - 1)}}`), { line: 1, column: 2 * depth, reason: 'expected "," or "]", found "}"' });
  });

  it('agrees with JSON.parse: no error for JSON it parses, an error inside the text for any it rejects', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', '\\', ':', '\n', ' ', 'x', '0', '-', '.', 'e', "'", '/'), fc.nat(2))
      .map(([json, index, insert, remove]) => {
        const cut = index % (json.length + 1);
        return json.slice(0, cut) + insert + json.slice(cut + remove);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const error = findJsonSyntaxError(text);
        assert.equal(error === undefined, parses, `${JSON.stringify(text)}: ${error?.reason}`);
        if (error) assert.ok(error.offset >= 0 && error.offset <= text.length);
      }),
      { numRuns: 3000 },
    );
  });
});
