/**
 * `event-timeline extract ARTICLE --lang L --published YYYY-MM-DD`: a draft timeline from an
 * article's text. The extractor is loaded only when the arguments are right.
 */
import { tryParseEventDate } from '../../dates/parse-event-date.js';
import { isOneOf } from '../../timeline-options.js';
import type { CliCommand } from '../command.js';
import { usageError } from '../command.js';
import { EXIT_OK } from '../exit.js';
import { quote } from '../quote.js';
import { readText } from '../read-input.js';

/** The languages the temporal tagger has rules for (`src/extract/temporal-tagger.ts`). */
const LANGUAGES = ['ckb', 'en'] as const;

/** `--published` checked: a calendar day, written YYYY-MM-DD. */
function publishedDate(value: string | undefined): string {
  const why = 'is needed to resolve “today”, “Tuesday”, “this year”';
  if (value === undefined) throw usageError(command, `--published YYYY-MM-DD (the article’s date) ${why}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw usageError(command, `--published ${quote(value)} is not a date written YYYY-MM-DD`);
  const parsed = tryParseEventDate(value);
  if ('error' in parsed) throw usageError(command, `--published ${quote(value)} is not a date: ${parsed.error.reason}`);
  return value;
}

/** The `extract` command. */
export const command: CliCommand = {
  name: 'extract',
  summary: "Draft a timeline from an article's text: every dated or scheduled event, for review.",
  synopsis: `ARTICLE.txt --lang ${LANGUAGES.join('|')} --published YYYY-MM-DD [--title T]`,
  description: `Reads an article (paragraphs separated by blank lines or runs of spaces) and writes a draft
timeline to standard output: one event per expression of time (absolute dates in Latin or
Eastern Arabic digits, month and weekday names, today, Tuesday, this year, in the near future…),
resolved against the publication date, with the expression as worded, the sentence as quote, its
paragraph, and "extraction": {"rule", "confidence"}. Titles are drawn from the sentence; nothing
is translated. The draft passes \`event-timeline validate\`; an editor reviews it.`,
  options: {
    lang: { type: 'string', value: LANGUAGES.join('|'), description: "The article's language." },
    published: { type: 'string', value: 'YYYY-MM-DD', description: 'When the article was published.' },
    title: { type: 'string', value: 'T', description: "The draft timeline's title." },
  },
  example: 'npx event-timeline extract article.txt --lang ckb --published 2020-08-20 > draft.json',
  async run(args) {
    if (args.positionals.length !== 1) throw usageError(command, 'give one article');
    const lang = args.string('lang');
    if (!isOneOf(LANGUAGES, lang)) throw usageError(command, `--lang is ${LANGUAGES.join(' or ')}${lang === undefined ? '' : `, not ${quote(lang)}`}`);
    const published = publishedDate(args.string('published'));
    const { name, text } = await readText(args.positionals[0]!);
    const title = args.string('title');
    const { extractTimeline } = await import('../../extract/extract-events.js');
    const draft = extractTimeline(text, { lang, published, ...(title ? { title } : {}) });
    return { code: EXIT_OK, stdout: JSON.stringify(draft, null, 2), stderr: `${name}: ${draft.events.length} candidate event(s)` };
  },
};
