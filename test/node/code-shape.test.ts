/**
 * The shape the core redesign promised a newcomer: no source file over 400 lines, no class over
 * 300, no function over 60 (generated code aside), so that each room reads in one sitting.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const LIMITS = { file: 400, class: 300, function: 60 };

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

interface Oversized {
  where: string;
  lines: number;
  limit: number;
}

/** Every file, class and function of `path` longer than its limit. */
function oversized(path: string, text: string): Oversized[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos: number) => file.getLineAndCharacterOfPosition(pos).line;
  const found: Oversized[] = [];
  const lines = text.split('\n').length;
  if (lines > LIMITS.file) found.push({ where: path, lines, limit: LIMITS.file });
  const visit = (node: ts.Node) => {
    const kind = ts.isClassLike(node) ? 'class' : ts.isFunctionLike(node) && 'body' in node && node.body ? 'function' : undefined;
    if (kind) {
      const length = lineOf(node.getEnd()) - lineOf(node.getStart(file)) + 1;
      const name = (node as { name?: ts.Node }).name?.getText(file) ?? '(anonymous)';
      if (length > LIMITS[kind]) found.push({ where: `${path}:${lineOf(node.getStart(file)) + 1} ${kind} ${name}`, lines: length, limit: LIMITS[kind] });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the shape of src/', () => {
  it('has no file over 400 lines, no class over 300, no function over 60', () => {
    const found = sourceFiles('src').flatMap((path) => oversized(path, readFileSync(path, 'utf8')));
    assert.deepEqual(found.map((o) => `${o.where}: ${o.lines} lines (limit ${o.limit})`), []);
  });

  it('notices an oversized function, class and file', () => {
    const body = Array.from({ length: 61 }, (_, i) => `  const a${i} = ${i};`).join('\n');
    assert.deepEqual(oversized('f.ts', `function f() {\n${body}\n}\n`).map((o) => o.lines), [63]);
    const methods = Array.from({ length: 110 }, (_, i) => `  m${i}() {\n    return ${i};\n  }\n`).join('');
    assert.deepEqual(oversized('c.ts', `class C {\n${methods}}\n`).map((o) => o.where.split(' ').slice(1).join(' ')), ['class C']);
    assert.equal(oversized('l.ts', 'const a = 1;\n'.repeat(401))[0]?.limit, 400);
  });
});
