import type { ArgTypes } from '@storybook/web-components-vite';

type InputType = ArgTypes[string];

// Storybook's own reading of the manifest lists each attribute twice (as `headingLevel` and as
// `heading-level`), keys parts, properties and slots by bare name (a part named like a property
// replaces it), leaves methods out, and gives a part or an event an object control. This one makes
// the docs table the elements' reference: one row per attribute, keyed and named by the attribute
// (its property named in the description; stories' args use attribute names too), the
// properties without an attribute, methods, events (reported in the Actions panel), slots, parts
// and custom properties; controls only where a value can be set.

interface Entry {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Member extends Entry {
  kind: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: Entry[];
  return?: { type?: { text: string } };
}
interface Attribute extends Entry {
  fieldName?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Entry[];
  slots?: Entry[];
  cssParts?: Entry[];
  cssProperties?: Entry[];
}
/** What this reads of a Custom Elements Manifest (schema 2.x). */
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** The table category of the element's events; the story decorator listens for these. */
export const EVENTS_CATEGORY = 'events';

const literals = (typeText: string) => {
  const options = typeText.split('|').map((option) => option.trim()).filter((option) => option !== 'undefined');
  return options.every((option) => /^'[^']*'$/.test(option)) ? options.map((option) => option.slice(1, -1)) : undefined;
};

/** A control that can set a value of this type from the panel. */
function controlFor(typeText = 'string'): InputType {
  const options = literals(typeText);
  if (options) return { control: { type: 'select' }, options };
  if (/^boolean\b/.test(typeText)) return { control: { type: 'boolean' } };
  if (/^number\b/.test(typeText)) return { control: { type: 'number' } };
  return { control: { type: 'text' } };
}

const row = (entry: Entry, category: string, extra: InputType = {}): InputType => ({
  name: entry.name,
  description: entry.description ?? '',
  control: false,
  table: {
    category,
    type: entry.type ? { summary: entry.type.text } : undefined,
    defaultValue: entry.default === undefined ? undefined : { summary: entry.default },
  },
  ...extra,
});

const signature = (method: Member) =>
  `${method.name}(${(method.parameters ?? []).map((p) => `${p.name}${p.type ? `: ${p.type.text}` : ''}`).join(', ')})${method.return?.type ? `: ${method.return.type.text}` : ''}`;

const isColour = (property: string) => /color|background|surface|category-\d/.test(property);

function declarationOf(manifest: Manifest, tagName: string): Declaration | undefined {
  return manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tagName);
}

/** The docs table and controls of `<tagName>`, from its manifest entry. */
export function argTypesFromManifest(manifest: Manifest, tagName: string): ArgTypes {
  const declaration = declarationOf(manifest, tagName);
  if (!declaration) return {};
  const members = declaration.members ?? [];
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const member = members.find((m) => m.name === attribute.fieldName);
    const type = attribute.type ?? member?.type;
    const property = attribute.fieldName && attribute.fieldName !== attribute.name ? ` Property: \`${attribute.fieldName}\`.` : '';
    argTypes[attribute.name] = row(
      { ...attribute, type, default: attribute.default ?? member?.default, description: `${attribute.description ?? member?.description ?? ''}${property}` },
      'attributes',
      controlFor(type?.text),
    );
  }
  for (const member of members) {
    if (member.kind === 'method') {
      argTypes[`${member.name}()`] = row({ ...member, name: `${member.name}()`, type: { text: signature(member) } }, 'methods');
    } else if (member.attribute === undefined) {
      const name = member.static ? `${declaration.name}.${member.name}` : member.name;
      argTypes[name] = row({ ...member, name }, member.static ? 'static properties' : 'properties');
    }
  }
  for (const event of declaration.events ?? []) argTypes[event.name] = row(event, EVENTS_CATEGORY, { action: event.name });
  for (const slot of declaration.slots ?? []) argTypes[`slot ${slot.name || '(default)'}`] = row({ ...slot, name: slot.name || '(default)' }, 'slots');
  for (const part of declaration.cssParts ?? []) argTypes[`part ${part.name}`] = row(part, 'css shadow parts');
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = row(property, 'css custom properties', { control: { type: isColour(property.name) ? 'color' : 'text' } });
  }
  return argTypes;
}
