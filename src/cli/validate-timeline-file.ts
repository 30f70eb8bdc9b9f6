/**
 * Node-side validation of a timeline file: the JSON Schema (ajv, draft 2020-12), the same semantic
 * checks the element makes (unique ids, dates that parse, …), and, given the source text, that every
 * `source.quote` is really in the paragraph it names. No DOM; used by `event-timeline validate`.
 */
import { readFileSync } from 'node:fs';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { formatProblem, parseTimeline } from '../data/parse-timeline.js';
import type { TimelineProblem } from '../data/timeline-data.js';
import { splitParagraphs } from '../extract/extract-events.js';

// The schema ships beside src/ and dist/ at the package root: the same relative path from both.
const SCHEMA_URL = new URL('../../schema/event-timeline.schema.json', import.meta.url);

let compiled: ValidateFunction | undefined;
function validateSchema(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8'));
    compiled = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  }
  return compiled;
}

/** `/events/3/date` → `events[3].date` */
function jsonPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function schemaProblem(error: ErrorObject): TimelineProblem {
  let path = jsonPath(error.instancePath);
  // An unknown field is the field's problem, where the semantic check reports it too.
  if (error.keyword === 'additionalProperties') {
    const field = (error.params as { additionalProperty: string }).additionalProperty;
    path = path ? `${path}.${field}` : field;
  }
  return { path, message: `${error.message ?? 'is not valid'} (schema: ${error.schemaPath})`, severity: 'error' };
}

const normalize = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

export interface ValidationReport {
  readonly problems: readonly TimelineProblem[];
  readonly errors: number;
  readonly warnings: number;
  readonly events: number;
}

/** Validates parsed JSON; `sourceText`, when given, is the article the events quote. */
export function validateTimelineData(data: unknown, sourceText?: string): ValidationReport {
  const { timeline, problems } = parseTimeline(data);
  const all: TimelineProblem[] = [...problems];
  const validate = validateSchema();
  if (!validate(data)) {
    // The schema speaks of shapes; where the semantic check already named a path, its message is clearer.
    const named = new Set(problems.map((p) => p.path));
    for (const error of validate.errors ?? []) {
      const problem = schemaProblem(error);
      if (![...named].some((path) => path === problem.path || problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`))) {
        all.push(problem);
      }
    }
  }
  if (sourceText !== undefined && Array.isArray((data as { events?: unknown }).events)) {
    const paragraphs = splitParagraphs(sourceText).map(normalize);
    const whole = normalize(sourceText);
    (data as { events: unknown[] }).events.forEach((event, index) => {
      const source = (event as { source?: { paragraph?: unknown; quote?: unknown } } | null)?.source;
      if (!source || typeof source.quote !== 'string') return;
      const quote = normalize(source.quote);
      const path = `events[${index}].source.quote`;
      const paragraph = typeof source.paragraph === 'number' ? paragraphs[source.paragraph] : undefined;
      if (paragraph?.includes(quote)) return;
      const found = paragraphs.findIndex((p) => p.includes(quote));
      if (found >= 0) all.push({ path, message: `the quote is in paragraph ${found}, not ${String(source.paragraph)}`, severity: 'error' });
      else if (whole.includes(quote)) all.push({ path, message: 'the quote spans paragraphs of the source', severity: 'warning' });
      else all.push({ path, message: `the quote does not occur in the source text: ${JSON.stringify(source.quote.slice(0, 60))}`, severity: 'error' });
    });
  }
  const errors = all.filter((p) => p.severity === 'error').length;
  return { problems: all, errors, warnings: all.length - errors, events: timeline.events.length };
}

export { formatProblem };
