/**
 * Import from Knight Lab's TimelineJS JSON format into ours. Dates keep their real precision (a
 * year stays a year), display_date becomes the worded date, groups become categories, HTML becomes
 * text with its links kept, images stay images and other media become links. Everything that
 * cannot be carried over is reported in `warnings`, at its place in the TimelineJS file and with
 * the event it concerns: nothing is dropped silently. What comes out passes `parseTimeline`
 * without problems. Pure: no DOM, runs in Node and browsers.
 */
import { htmlToText } from './html-to-text.js';
import { isTimelineJS } from './is-timelinejs.js';
import { parseTimeline } from './parse-timeline.js';
import { quoteValue } from './quote-value.js';
import { shorten } from './shorten.js';
import type { TimelineData, TimelineEventData } from './timeline-data.js';
import { isObject, slideDate, slideEvent, textField } from './timelinejs-event.js';

export interface TimelineJSImportWarning {
  /** Where in the TimelineJS file: `events[3].media`, `title`, `eras[0]`. */
  readonly path: string;
  /** The event's headline (or id), to find it by. */
  readonly event?: string;
  readonly message: string;
}

export interface TimelineJSImport {
  readonly data: TimelineData;
  readonly warnings: readonly TimelineJSImportWarning[];
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'group';

type Warn = (path: string, message: string, event?: string) => void;

/** An imported event, with the slide it came from: where in the file, and its headline. */
interface Imported {
  readonly event: TimelineEventData;
  readonly at: string;
  readonly name: string;
}

export function fromTimelineJS(json: unknown, options: { lang?: string } = {}): TimelineJSImport {
  const lang = options.lang ?? 'en';
  const warnings: TimelineJSImportWarning[] = [];
  const warn: Warn = (path, message, event) => warnings.push({ path, message, ...(event ? { event } : {}) });
  const root = isObject(json) ? json : {};
  if (!isObject(json)) warn('', 'the file is not a TimelineJS object; nothing to import');
  const title = titleOf(root, warn);
  notesOnTimeline(root, warn);

  const categories: Record<string, string> = {};
  const usedIds = new Set<string>();
  const imported: Imported[] = [];
  const slides: unknown[] = Array.isArray(root.events) ? root.events : [];
  if (!Array.isArray(root.events)) warn('events', 'no events list');
  slides.forEach((raw, index) => {
    const event = eventOf(raw, index, { usedIds, categories, warn });
    if (event) imported.push(event);
  });
  const labels = Object.keys(categories).length ? { categories } : {};
  const events = checked({ title, lang, ...labels, events: imported.map((i) => i.event) }, imported, warn);
  return { data: { title, lang, ...labels, events }, warnings };
}

/** The title slide's headline; the rest of the slide is reported as not kept. */
function titleOf(root: Record<string, unknown>, warn: Warn): string {
  let title = '';
  if (isObject(root.title)) {
    const text = isObject(root.title.text) ? root.title.text : {};
    title = htmlToText(textField(text.headline, 'title.text.headline', warn)).text;
    if (text.text) warn('title.text.text', 'the title slide’s text is not kept (the format has a title only)');
    if (isObject(root.title.media) && root.title.media.url) warn('title.media', `the title slide’s media is not kept: ${quoteValue(root.title.media.url)}`);
    if (root.title.background) warn('title.background', 'backgrounds are not kept');
  }
  if (title) return title;
  warn('title', 'no title headline; the timeline is called “Untitled timeline”');
  return 'Untitled timeline';
}

/** Eras and scales have no place in the format: said, not kept. */
function notesOnTimeline(root: Record<string, unknown>, warn: Warn): void {
  if (Array.isArray(root.eras)) {
    root.eras.forEach((era: unknown, i: number) => {
      const headline = isObject(era) && isObject(era.text) ? htmlToText(textField(era.text.headline, `eras[${i}].text.headline`, warn)).text : '';
      warn(`eras[${i}]`, `eras are not kept: ${shorten(headline) || 'an era'}`);
    });
  }
  if (root.scale !== undefined && root.scale !== 'human') {
    warn('scale', `scale ${quoteValue(root.scale)}: years are kept as they are; dates far from our era show as years`);
  }
}

/** One slide, or undefined (reported) when it has no usable date. */
function eventOf(raw: unknown, index: number, { usedIds, categories, warn }: { usedIds: Set<string>; categories: Record<string, string>; warn: Warn }): Imported | undefined {
  const at = `events[${index}]`;
  if (!isObject(raw)) {
    warn(at, 'not an event object; left out');
    return undefined;
  }
  const headline = isObject(raw.text) && typeof raw.text.headline === 'string' ? htmlToText(raw.text.headline).text : '';
  const name = shorten(headline || (typeof raw.unique_id === 'string' ? raw.unique_id : `#${index + 1}`));
  const report = (path: string, message: string) => warn(`${at}${path ? `.${path}` : ''}`, message, name);
  const date = slideDate(raw, report);
  if (!date) return undefined;
  let id = typeof raw.unique_id === 'string' && raw.unique_id.trim() ? raw.unique_id.trim().replace(/\s+/g, '-') : `event-${index + 1}`;
  if (usedIds.has(id)) {
    const renamed = `${id}-${index + 1}`;
    report('unique_id', `unique_id ${quoteValue(id)} is used twice; this one becomes ${quoteValue(renamed)}`);
    id = renamed;
  }
  usedIds.add(id);
  const event = slideEvent(raw, id, date, report);
  if (typeof raw.group !== 'string' || !raw.group.trim()) return { event, at, name };
  const category = slug(raw.group);
  categories[category] = raw.group.trim();
  return { event: { ...event, category }, at, name };
}

// Our fields and the TimelineJS fields they come from, to report a problem where the editor can find it.
const SOURCE_FIELDS: Readonly<Record<string, string>> = {
  id: 'unique_id',
  date: 'start_date',
  title: 'text.headline',
  description: 'text.text',
  category: 'group',
  dateWording: 'display_date',
  links: 'text',
  media: 'media',
};
const EVENT_PATH = /^events\[(\d+)\](?:\.(\w+)(.*))?$/;

/**
 * The events that pass `parseTimeline`, checked here so that whatever it finds wrong (a 30
 * February, an id used twice after renaming) is reported at the slide it came from, with its
 * headline, not at the event's place in the converted file; events with errors are left out.
 */
function checked(data: TimelineData, imported: readonly Imported[], warn: Warn): TimelineEventData[] {
  const failed = new Set<number>();
  for (const problem of parseTimeline(data).problems) {
    const m = EVENT_PATH.exec(problem.path);
    const origin = m ? imported[Number(m[1])] : undefined;
    if (!m || !origin) {
      warn(problem.path, problem.message);
      continue;
    }
    const field = m[2] === undefined ? '' : Object.hasOwn(SOURCE_FIELDS, m[2]) ? `.${SOURCE_FIELDS[m[2]]}${m[2] === 'media' ? m[3] : ''}` : `.${m[2]}`;
    warn(origin.at + field, problem.severity === 'error' ? `${problem.message}; left out` : problem.message, origin.name);
    if (problem.severity === 'error') failed.add(Number(m[1]));
  }
  return imported.filter((_, i) => !failed.has(i)).map((i) => i.event);
}

export { isTimelineJS };
