// The framework typings (src/frameworks/element-props.ts) are written by hand from the element's
// class; this checks their names against the Custom Elements Manifest (`npm run analyze`), so that
// a property, attribute or event added to the element and not to the typings (or the reverse)
// fails here. Their value types come from the class itself, so they cannot drift.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import ts from 'typescript';

interface ManifestMember {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface ManifestElement {
  tagName?: string;
  members?: ManifestMember[];
  attributes?: { name: string }[];
  events?: { name: string }[];
}

const MANIFEST = 'custom-elements.json';
const PROPS_MODULE = 'src/frameworks/element-props.ts';

function manifestElement(tagName: string): ManifestElement {
  assert.ok(existsSync(MANIFEST), `${MANIFEST} is missing: run npm run analyze`);
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { modules: { declarations?: ManifestElement[] }[] };
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tagName);
  assert.ok(element, `${tagName} is not in ${MANIFEST}`);
  return element;
}

/** The property names of each exported type of the typings module, as TypeScript resolves them. */
function typeNames(): (typeName: string) => string[] {
  const program = ts.createProgram([PROPS_MODULE], { strict: true, skipLibCheck: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(PROPS_MODULE)!;
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!);
  return (typeName) => {
    const symbol = exports.find((candidate) => candidate.name === typeName);
    assert.ok(symbol, `${PROPS_MODULE} exports no ${typeName}`);
    return checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol)).map((property) => property.name).sort();
  };
}

const sorted = (names: Iterable<string>) => [...names].sort();
const camelCase = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

test('the typings of <event-timeline> name what the manifest lists', () => {
  const element = manifestElement('event-timeline');
  const names = typeNames();
  const publicProperties = (element.members ?? []).filter((member) => member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.static && !member.readonly);
  assert.deepEqual(names('EventTimelineProperties'), sorted(publicProperties.map((member) => member.name)), 'properties');
  assert.deepEqual(names('EventTimelineAttributes'), sorted((element.attributes ?? []).map((attribute) => attribute.name)), 'attributes');
  const events = (element.events ?? []).map((event) => event.name);
  assert.ok(events.length > 0, 'the manifest lists the events');
  assert.deepEqual(names('EventTimelineJsxListeners'), sorted(events.map((event) => `on${event}`)), 'JSX listeners');
  assert.deepEqual(names('EventTimelineVueListeners'), sorted(events.map((event) => `on${camelCase(`-${event}`)}`)), 'Vue listeners');
});

test('the typings of <timeline-event> name what the manifest lists', () => {
  const element = manifestElement('timeline-event');
  const globalAttributes = ['id', 'lang'];
  const own = (element.attributes ?? []).map((attribute) => attribute.name).filter((name) => !globalAttributes.includes(name));
  assert.deepEqual(typeNames()('TimelineEventAttributes'), sorted(own));
});
