/** `event-timeline import FILE [--lang L]`: a TimelineJS file converted to this format. */
import { fromTimelineJS, isTimelineJS } from '../../data/from-timelinejs.js';
import type { CliCommand } from '../command.js';
import { usageError } from '../command.js';
import { EXIT_INVALID, EXIT_OK } from '../exit.js';
import { readJson } from '../read-input.js';

/** The `import` command. */
export const command: CliCommand = {
  name: 'import',
  summary: 'Convert a TimelineJS file to this format, listing what could not be kept.',
  synopsis: 'FILE [--lang L]',
  description: `Converts a Knight Lab TimelineJS JSON file to event-timeline's format and writes it to standard
output. Dates keep their precision, display_date becomes the worded date, groups become
categories, HTML becomes text (its links kept), images stay images and other media become links.
What cannot be carried over (backgrounds, map locations, eras, embedded media…) is listed on
standard error, one line per item, with the event it concerns.`,
  options: {
    lang: { type: 'string', value: 'L', description: 'The language of the texts (default en).' },
  },
  example: 'npx event-timeline import timeline3.json --lang en > timeline.json',
  async run(args) {
    if (args.positionals.length !== 1) throw usageError(command, 'give one file');
    const { name, json } = await readJson(args.positionals[0]!);
    if (!isTimelineJS(json)) return { code: EXIT_INVALID, stdout: '', stderr: `${name}: not TimelineJS data (no events with start_date, no title slide)` };
    const { data, warnings } = fromTimelineJS(json, { lang: args.string('lang') ?? 'en' });
    const lines = warnings.map((w) => `${name}: ${w.path}: ${w.message}${w.event ? ` — ${w.event}` : ''}`);
    lines.push(`${name}: imported ${data.events.length} event(s), ${warnings.length} warning(s)`);
    return { code: EXIT_OK, stdout: JSON.stringify(data, null, 2), stderr: lines.join('\n') };
  },
};
