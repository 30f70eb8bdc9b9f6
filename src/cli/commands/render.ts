/**
 * `event-timeline render FILE …`: a complete HTML page with the timeline rendered on the server.
 * The layouts and themes are `src/timeline-options.ts`'s lists, never written out here.
 */
import { isOneOf, LAYOUTS, THEMES } from '../../timeline-options.js';
import type { CliCommand } from '../command.js';
import { usageError } from '../command.js';
import { EXIT_OK } from '../exit.js';
import { quote } from '../quote.js';
import { readJson } from '../read-input.js';
import { formatProblem, validateTimelineData } from '../validate-timeline-file.js';

/** The `render` command. */
export const command: CliCommand = {
  name: 'render',
  summary: 'Write an HTML page with the timeline rendered on the server, readable without JavaScript.',
  synopsis: 'FILE [options]',
  description: `Writes to standard output a complete HTML page with FILE's timeline rendered on the server
(declarative shadow DOM: readable, styled and in the right direction without JavaScript) and its
schema.org JSON-LD. --script is the URL of dist/event-timeline.hydrate.js as the page will serve
it: when it loads, the element takes over the rendered DOM instead of building it again.
Problems in the data are listed on standard error; the events that are valid are rendered.`,
  options: {
    lang: { type: 'string', value: 'L', description: "The reader's language (ckb, en, ar, …)." },
    layout: { type: 'string', value: LAYOUTS.join('|'), description: 'How events are laid out.' },
    theme: { type: 'string', value: THEMES.join('|'), description: 'The colour scheme.' },
    gaps: { type: 'boolean', description: 'Show the time between events of a month or more.' },
    weekdays: { type: 'boolean', description: 'Name the weekday of day dates.' },
    script: { type: 'string', value: 'URL', description: 'The URL of event-timeline.hydrate.js, to hydrate the page.' },
  },
  example: 'npx event-timeline render data/kadhimi-washington-2020.json --lang ckb > timeline.html',
  async run(args) {
    if (args.positionals.length !== 1) throw usageError(command, 'give one file');
    const layout = args.string('layout');
    const theme = args.string('theme');
    if (layout !== undefined && !isOneOf(LAYOUTS, layout)) throw usageError(command, `--layout ${quote(layout)} is not one of ${LAYOUTS.join(', ')}`);
    if (theme !== undefined && !isOneOf(THEMES, theme)) throw usageError(command, `--theme ${quote(theme)} is not one of ${THEMES.join(', ')}`);
    const { name, json } = await readJson(args.positionals[0]!);
    const report = validateTimelineData(json);
    const warnings = report.problems.map((p) => `${name}: ${p.severity}: ${formatProblem(p)}`).join('\n');
    // The renderer loads Lit and a DOM shim: only for this command.
    const { renderTimelinePage } = await import('../../ssr/render-timeline.js');
    const lang = args.string('lang');
    const script = args.string('script');
    const page = await renderTimelinePage(json, {
      ...(lang ? { lang } : {}),
      ...(layout ? { layout } : {}),
      ...(theme ? { theme } : {}),
      gaps: args.flag('gaps'),
      weekdays: args.flag('weekdays'),
      ...(script ? { scriptUrl: script } : {}),
    });
    return { code: EXIT_OK, stdout: page, stderr: warnings };
  },
};
