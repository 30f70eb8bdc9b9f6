/**
 * The Custom Elements Manifest (`npm run analyze`, custom-elements.json) is the elements' reference:
 * Storybook's docs pages, editors' autocompletion and typings are made from it. It lists no
 * internal member (TypeScript `private`/`protected`, `#private`, `_underscored`, `@internal`), it
 * documents every shadow part the templates render, and every entry has a description.
 * (Custom properties: tokens.test.ts. Parts built at run time, like `category-<id>`: the Storybook
 * check, scripts/check-stories.mjs, which collects the parts every story renders.)
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

interface Described {
  name: string;
  description?: string;
  privacy?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  members?: Described[];
  attributes?: Described[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const MANIFEST = 'custom-elements.json';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));

function readManifest(): Manifest {
  assert.ok(existsSync(MANIFEST), `${MANIFEST} is missing: run \`npm run analyze\` first`);
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
}

const elementsOf = (manifest: Manifest) =>
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((declaration) => ({ path: module.path, declaration })));

/** The members of a source file's classes that are not for pages: `Class.member` names. */
function internalMembersIn(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseAll }, true);
  const internal: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) && node.name) {
      for (const member of node.members) {
        if (!member.name) continue;
        const hidden =
          (ts.getCombinedModifierFlags(member as ts.Declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) !== 0 ||
          ts.isPrivateIdentifier(member.name) ||
          member.name.getText(file).startsWith('_') ||
          ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal' || tag.tagName.text === 'ignore');
        if (hidden) internal.push(`${node.name.text}.${member.name.getText(file)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return internal;
}

/** Internal members (from the sources) and private-looking ones the manifest lists. */
function internalsListed(manifest: Manifest, sources: ReadonlyMap<string, string>): string[] {
  const listed: string[] = [];
  for (const { path, declaration } of elementsOf(manifest)) {
    const internal = new Set(internalMembersIn(path, sources.get(path) ?? ''));
    for (const member of declaration.members ?? []) {
      const name = `${declaration.name}.${member.name}`;
      if (internal.has(name) || member.privacy === 'private' || member.privacy === 'protected' || /^[#_]/.test(member.name)) listed.push(name);
    }
  }
  return listed.sort();
}

/** Entries of the elements' reference with no description, as `tag kind name`. */
function undescribed(manifest: Manifest): string[] {
  const missing: string[] = [];
  for (const { declaration } of elementsOf(manifest)) {
    const kinds = { member: declaration.members, attribute: declaration.attributes, event: declaration.events, slot: declaration.slots, part: declaration.cssParts, cssprop: declaration.cssProperties };
    for (const [kind, entries] of Object.entries(kinds)) {
      for (const entry of entries ?? []) if (!entry.description?.trim()) missing.push(`${declaration.tagName} ${kind} ${entry.name || '(default slot)'}`);
    }
  }
  return missing.sort();
}

/**
 * The part names written in the templates: `part="a b"`, and the quoted names in `part=${…}`
 * (`part=${pressed ? 'filter filter-active' : 'filter'}`).
 */
function partsWrittenIn(source: string): Set<string> {
  const parts = new Set<string>();
  for (const [, names] of source.matchAll(/\bpart="([^"$]+)"/g)) for (const name of names!.split(/\s+/)) parts.add(name);
  for (const [, expression] of source.matchAll(/\bpart=\$\{([^}]*)\}/g)) {
    for (const [, names] of expression!.matchAll(/'([^']*)'/g)) for (const name of names!.split(/\s+/).filter(Boolean)) parts.add(name);
  }
  return parts;
}

function undocumentedParts(manifest: Manifest, sources: readonly string[]): string[] {
  const documented = new Set(elementsOf(manifest).flatMap(({ declaration }) => (declaration.cssParts ?? []).map((p) => p.name)));
  const written = new Set(sources.flatMap((source) => [...partsWrittenIn(source)]));
  return [...written].filter((name) => !documented.has(name)).sort();
}

describe('the elements’ reference (Custom Elements Manifest)', () => {
  const manifest = readManifest();
  const sources = new Map(elementsOf(manifest).map(({ path }) => [path, readFileSync(path, 'utf8')]));
  const templates = filesUnder('src').map((file) => readFileSync(file, 'utf8'));

  it('lists no internal member', () => {
    assert.deepEqual(internalsListed(manifest, sources), []);
    // What is hidden: the component's state and controllers, and its Lit lifecycle.
    const hidden = internalMembersIn('src/event-timeline.component.ts', sources.get('src/event-timeline.component.ts') ?? '');
    assert.ok(hidden.length >= 20, `the component has internals to hide (found ${hidden.length})`);
  });

  it('documents every part the templates render', () => {
    assert.deepEqual(undocumentedParts(manifest, templates), []);
    assert.ok(partsWrittenIn(templates.join('\n')).size >= 20, 'the templates were read');
  });

  it('describes every member, attribute, event, slot, part and custom property', () => {
    assert.deepEqual(undescribed(manifest), []);
  });

  it('notices an internal member listed, an undocumented part and an empty description', () => {
    const component = 'src/event-timeline.component.ts';
    const leaky = structuredClone(manifest);
    const timeline = elementsOf(leaky).find(({ declaration }) => declaration.tagName === 'event-timeline')!.declaration;
    timeline.members!.push({ name: 'loadState', description: 'State', privacy: 'private' });
    timeline.members!.push({ name: 'visible', description: 'No privacy field, private in the source' });
    timeline.members!.push({ name: '_cache', description: 'Underscored' });
    assert.deepEqual(internalsListed(leaky, sources), ['EventTimeline._cache', 'EventTimeline.loadState', 'EventTimeline.visible']);
    const source = 'class A {\n  /** @internal */\n  get x() { return 1; }\n  #y = 2;\n  protected z = 3;\n  w = 4;\n}';
    assert.deepEqual(internalMembersIn(component, source), ['A.x', 'A.#y', 'A.z']);

    const newPart = '<p part="filter-total">${n}</p><b part=${on ? \'badge badge-on\' : \'badge\'}></b>';
    assert.deepEqual(undocumentedParts(manifest, [...templates, newPart]), ['badge', 'badge-on', 'filter-total']);

    timeline.cssParts![0]!.description = ' ';
    assert.deepEqual(undescribed(leaky), [`event-timeline part ${timeline.cssParts![0]!.name}`]);
  });
});
