/**
 * Import from Knight Lab's TimelineJS JSON format into ours. Dates keep their real precision (a
 * year stays a year), display_date becomes the worded date, groups become categories, HTML becomes
 * text with its links kept, images stay images and other media become links. Everything that
 * cannot be carried over is reported in `warnings`, with the event it concerns: nothing is dropped
 * silently. Pure: no DOM, runs in Node and browsers.
 */
import { tryParseEventDate } from '../dates/parse-event-date.js';
import { htmlToText } from './html-to-text.js';
import { isTimelineJS } from './is-timelinejs.js';
import { isSafeImageUrl, isSafeLinkUrl } from './safe-url.js';
import type { EventLinkData, EventMediaData, TimelineData, TimelineEventData } from './timeline-data.js';

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

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);


const IMAGE = /\.(jpe?g|png|gif|webp|avif|svg|bmp)(\?.*)?$/i;

/** TimelineJS date parts may be numbers, numeric strings, empty strings or null. */
function part(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isFinite(n) && Number.isInteger(n) ? n : Number.NaN;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/**
 * An EDTF string for a TimelineJS date object, at the precision it gives. TimelineJS counts years
 * before the common era as negative numbers without a year zero (-44 is 44 BCE); EDTF counts
 * astronomically (-0043 is 44 BCE).
 */
function edtfOf(date: Json, report: (message: string) => void): string | undefined {
  const year = part(date.year);
  if (year === undefined || Number.isNaN(year)) {
    report(year === undefined ? 'has no year' : `has a year that is not a whole number: ${JSON.stringify(date.year)}`);
    return undefined;
  }
  let astronomical = year < 0 ? year + 1 : year;
  if (year === 0) {
    report('year 0 does not exist in TimelineJS’s counting; read as 1 BCE');
    astronomical = 0;
  }
  const y = Math.abs(astronomical) > 9999 ? `Y${astronomical}` : `${astronomical < 0 ? '-' : ''}${pad(astronomical, 4)}`;
  const fields = { month: part(date.month), day: part(date.day), hour: part(date.hour), minute: part(date.minute), second: part(date.second) };
  for (const [name, value] of Object.entries(fields)) {
    if (Number.isNaN(value)) {
      report(`has a ${name} that is not a whole number (${JSON.stringify(date[name])}); the date stops before it`);
    }
  }
  const valid = (n: number | undefined): n is number => n !== undefined && !Number.isNaN(n);
  const ms = part(date.millisecond);
  if (valid(ms) && ms !== 0) report(`milliseconds (${ms}) are not kept`);
  if (!valid(fields.month)) return y;
  if (fields.month < 1 || fields.month > 12) {
    report(`month ${fields.month} is out of range; kept as the year only`);
    return y;
  }
  const month = `${y}-${pad(fields.month)}`;
  if (!valid(fields.day)) return month;
  const day = `${month}-${pad(fields.day)}`;
  if (!valid(fields.hour)) return day;
  // TimelineJS times carry no time zone: kept as written.
  return `${day}T${pad(fields.hour)}:${pad(valid(fields.minute) ? fields.minute : 0)}:${pad(valid(fields.second) ? fields.second : 0)}`;
}

/** At most `max` characters, cut at a word boundary, with an ellipsis when cut. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'group';

export function fromTimelineJS(json: unknown, options: { lang?: string } = {}): TimelineJSImport {
  const lang = options.lang ?? 'en';
  const warnings: TimelineJSImportWarning[] = [];
  const warn = (path: string, message: string, event?: string) => warnings.push({ path, message, ...(event ? { event } : {}) });
  const root = isObject(json) ? json : {};
  if (!isObject(json)) warn('', 'the file is not a TimelineJS object; nothing to import');

  // The title slide.
  let title = '';
  if (isObject(root.title)) {
    const text = isObject(root.title.text) ? root.title.text : {};
    title = htmlToText(String(text.headline ?? '')).text;
    if (text.text) warn('title.text.text', 'the title slide’s text is not kept (the format has a title only)');
    if (isObject(root.title.media) && root.title.media.url) warn('title.media', `the title slide’s media is not kept: ${String(root.title.media.url).slice(0, 80)}`);
    if (root.title.background) warn('title.background', 'backgrounds are not kept');
  }
  if (!title) {
    title = 'Untitled timeline';
    warn('title', 'no title headline; the timeline is called “Untitled timeline”');
  }

  if (Array.isArray(root.eras)) {
    root.eras.forEach((era, i) => {
      const headline = isObject(era) && isObject(era.text) ? htmlToText(String(era.text.headline ?? '')).text : '';
      warn(`eras[${i}]`, `eras are not kept: ${headline || 'an era'}`);
    });
  }
  if (root.scale !== undefined && root.scale !== 'human') {
    warn('scale', `scale "${String(root.scale)}": years are kept as they are; dates far from our era show as years`);
  }

  const categories: Record<string, string> = {};
  const usedIds = new Set<string>();
  const events: TimelineEventData[] = [];
  const source = Array.isArray(root.events) ? root.events : [];
  if (!Array.isArray(root.events)) warn('events', 'no events list');

  source.forEach((raw, index) => {
    const at = `events[${index}]`;
    if (!isObject(raw)) {
      warn(at, 'not an event object; left out');
      return;
    }
    const text = isObject(raw.text) ? raw.text : {};
    const headline = htmlToText(String(text.headline ?? ''));
    const body = htmlToText(String(text.text ?? ''));
    const name = headline.text || (typeof raw.unique_id === 'string' ? raw.unique_id : `#${index + 1}`);
    const report = (path: string, message: string) => warn(`${at}${path ? `.${path}` : ''}`, message, name);

    if (!isObject(raw.start_date)) {
      report('start_date', 'has no start_date; left out (a timeline event needs a date)');
      return;
    }
    const start = edtfOf(raw.start_date, (m) => report('start_date', m));
    if (!start) {
      report('start_date', 'left out: no usable date');
      return;
    }
    let date = start;
    if (isObject(raw.end_date)) {
      const end = edtfOf(raw.end_date, (m) => report('end_date', m));
      if (end && end !== start) {
        const interval = tryParseEventDate(`${start}/${end}`);
        if ('date' in interval) date = `${start}/${end}`;
        else report('end_date', `ends (${end}) before it starts (${start}); the end is not kept`);
      }
    }

    let id = typeof raw.unique_id === 'string' && raw.unique_id.trim() ? raw.unique_id.trim().replace(/\s+/g, '-') : `event-${index + 1}`;
    if (usedIds.has(id)) {
      const renamed = `${id}-${index + 1}`;
      report('unique_id', `unique_id "${id}" is used twice; this one becomes "${renamed}"`);
      id = renamed;
    }
    usedIds.add(id);

    let title = headline.text;
    if (!title) {
      title = shorten(body.text.split('\n')[0]!, 80) || String(raw.display_date ?? '') || id;
      report('text.headline', `has no headline; the title is taken from ${body.text ? 'its text' : 'its date or id'}`);
    }
    const lost = [...new Set([...headline.formatting, ...body.formatting])];
    if (lost.length) report('text', `HTML formatting is not kept (${lost.join(', ')}); the text is`);

    const links: EventLinkData[] = [];
    for (const link of [...headline.links, ...body.links]) {
      if (isSafeLinkUrl(link.url)) links.push({ url: link.url, label: link.label });
      else report('text', `a link to ${JSON.stringify(link.url.slice(0, 60))} is left out (only http, https and mailto links are kept)`);
    }

    let media: EventMediaData | undefined;
    if (isObject(raw.media) && raw.media.url) {
      const url = String(raw.media.url).trim();
      const caption = htmlToText(String(raw.media.caption ?? '')).text;
      const credit = htmlToText(String(raw.media.credit ?? '')).text;
      const alt = htmlToText(String(raw.media.alt ?? '')).text;
      if (url.startsWith('<')) {
        report('media', 'embedded HTML media is not shown; left out');
      } else if (IMAGE.test(url) && isSafeImageUrl(url)) {
        media = { url, alt: alt || caption || '', ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
        if (!alt && !caption) report('media.alt', 'the image has no alt text or caption; it is marked decorative');
      } else if (isSafeLinkUrl(url)) {
        let host = url;
        try {
          host = new URL(url).hostname.replace(/^www\./, '');
        } catch {
          // a relative URL: keep it as written
        }
        links.push({ url, label: caption || host });
        report('media', `media from ${host} is not embedded; kept as a link`);
      } else {
        report('media', `media ${JSON.stringify(url.slice(0, 60))} is left out (not a safe URL)`);
      }
      if (raw.media.thumbnail) report('media.thumbnail', 'thumbnails are not kept');
    }

    if (raw.background) report('background', 'backgrounds are not kept');
    if (raw.location) report('location', 'map locations are not kept');
    if (raw.type) report('type', `slide type "${String(raw.type)}" is not kept`);
    if (raw.autolink === false) report('autolink', 'autolink is not kept');

    let category: string | undefined;
    if (typeof raw.group === 'string' && raw.group.trim()) {
      category = slug(raw.group);
      categories[category] = raw.group.trim();
    }

    const dateWording = typeof raw.display_date === 'string' && raw.display_date.trim() ? htmlToText(raw.display_date).text : undefined;
    events.push({
      id,
      date,
      title,
      ...(body.text ? { description: body.text } : {}),
      ...(category ? { category } : {}),
      ...(dateWording ? { dateWording } : {}),
      ...(media ? { media } : {}),
      ...(links.length ? { links } : {}),
    });
  });

  const data: TimelineData = { title, lang, ...(Object.keys(categories).length ? { categories } : {}), events };
  return { data, warnings };
}

export { isTimelineJS };
