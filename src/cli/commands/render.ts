/**
 * `event-timeline render FILE …`: a complete HTML page with the timeline rendered on the server.
 * One option per render option of the SSR module; the values they accept are
 * `src/timeline-options.ts`'s lists and the numbering systems of `src/dates/numerals.ts`, never
 * written out here.
 */
import { isNumerals, NUMERAL_SYSTEMS } from '../../dates/numerals.js';
import type { RenderTimelineOptions } from '../../ssr/render-timeline.js';
import { readTimelineInput } from '../../ssr/timeline-input.js';
import { DIRECTIONS, FORMATS, HEADING_LEVELS, LAYOUTS, ORDERS, THEMES } from '../../timeline-options.js';
import type { CliCommand } from '../command.js';
import { usageError } from '../command.js';
import { EXIT_OK } from '../exit.js';
import { quote } from '../quote.js';
import { readJson } from '../read-input.js';
import { formatProblem, validateTimelineData } from '../validate-timeline-file.js';

type Arguments = Parameters<CliCommand['run']>[0];

/** The value of option `name` if it is one of `list`; a usage error if it is another. */
function choice<T extends string | number>(args: Arguments, name: string, list: readonly T[]): T | undefined {
  const value = args.string(name);
  if (value === undefined) return undefined;
  const chosen = list.find((item) => String(item) === value);
  if (chosen === undefined) throw usageError(command, `--${name} ${quote(value)} is not one of ${list.join(', ')}`);
  return chosen;
}

/** The render options the arguments give (only those given: the others keep the element's defaults). */
function renderOptions(args: Arguments): RenderTimelineOptions {
  const numerals = args.string('numerals');
  if (numerals !== undefined && !isNumerals(numerals)) {
    throw usageError(command, `--numerals ${quote(numerals)} is not a numbering system (${NUMERAL_SYSTEMS.join(', ')} or another Intl knows)`);
  }
  const options: RenderTimelineOptions = {
    lang: args.string('lang') || undefined,
    dir: choice(args, 'dir', DIRECTIONS),
    layout: choice(args, 'layout', LAYOUTS),
    order: choice(args, 'order', ORDERS),
    theme: choice(args, 'theme', THEMES),
    headingLevel: choice(args, 'heading-level', HEADING_LEVELS),
    numerals,
    gaps: args.flag('gaps'),
    weekdays: args.flag('weekdays'),
    collapsed: args.flag('collapsed'),
    format: choice(args, 'format', FORMATS),
  };
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/** The `render` command. */
export const command: CliCommand = {
  name: 'render',
  summary: 'Write an HTML page with the timeline rendered on the server, readable without JavaScript.',
  synopsis: 'FILE [options]',
  description: `Writes to standard output a complete HTML page with FILE's timeline rendered on the server
(declarative shadow DOM: readable, styled and in the right direction without JavaScript) and its
schema.org JSON-LD. --script is the URL of dist/event-timeline.hydrate.js as the page will serve
it: when it loads, the element takes over the rendered DOM instead of building it again. The
other options are the element's attributes of the same names. A TimelineJS file is converted
first, as the element would (--format timelinejs to be explicit).
Problems in the data, and what a conversion could not keep, are listed on standard error; the
events that are valid are rendered.`,
  options: {
    lang: { type: 'string', value: 'L', description: "The reader's language (ckb, en, ar, …)." },
    dir: { type: 'string', value: DIRECTIONS.join('|'), description: 'Force a direction; by default it follows the language.' },
    layout: { type: 'string', value: LAYOUTS.join('|'), description: 'How events are laid out.' },
    order: { type: 'string', value: ORDERS.join('|'), description: 'Oldest (default) or newest event first.' },
    theme: { type: 'string', value: THEMES.join('|'), description: 'The colour scheme.' },
    'heading-level': { type: 'string', value: HEADING_LEVELS.join('|'), description: "The timeline's heading level (default 2); event titles one below." },
    numerals: { type: 'string', value: `${NUMERAL_SYSTEMS.join('|')}|…`, description: "The digits of dates (default: the language's own)." },
    gaps: { type: 'boolean', description: 'Show the time between events of a month or more.' },
    weekdays: { type: 'boolean', description: 'Name the weekday of day dates.' },
    collapsed: { type: 'boolean', description: 'Show dates and titles, details behind a toggle.' },
    format: { type: 'string', value: FORMATS.join('|'), description: "FILE's format (default: TimelineJS is detected)." },
    script: { type: 'string', value: 'URL', description: 'The URL of event-timeline.hydrate.js, to hydrate the page.' },
  },
  example: 'npx event-timeline render data/kadhimi-washington-2020.json --lang ckb > timeline.html',
  async run(args) {
    if (args.positionals.length !== 1) throw usageError(command, 'give one file');
    const options = renderOptions(args);
    const { name, json } = await readJson(args.positionals[0]!);
    const input = readTimelineInput(json, options.format, options.lang);
    const report = validateTimelineData(input.data);
    const warnings = [
      ...input.warnings.map((w) => `${name}: warning: ${w.path}: ${w.message}${w.event ? ` — ${w.event}` : ''}`),
      ...report.problems.map((p) => `${name}: ${p.severity}: ${formatProblem(p)}`),
    ].join('\n');
    // The renderer loads Lit: only for this command.
    const { renderTimelinePage } = await import('../../ssr/render-timeline.js');
    const script = args.string('script');
    const page = await renderTimelinePage(json, { ...options, ...(script ? { scriptUrl: script } : {}) });
    return { code: EXIT_OK, stdout: page, stderr: warnings };
  },
};
