/**
 * One TimelineJS slide into one event of ours: its date at the precision it gives, its HTML as
 * text with links, its image or, for other media, a link. What cannot be carried over is reported
 * through `report` (a path inside the slide, and a message). Pure: no DOM.
 */
import { tryParseEventDate } from '../dates/parse-event-date.js';
import { htmlToText } from './html-to-text.js';
import { quoteValue } from './quote-value.js';
import { shorten } from './shorten.js';
import { isSafeImageUrl, isSafeLinkUrl } from './safe-url.js';
import type { EventLinkData, EventMediaData, TimelineEventData } from './timeline-data.js';

type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where in the slide, and what went wrong there. */
type SlideReport = (path: string, message: string) => void;

/**
 * A text field of the file (HTML, or a number): anything else is reported and read as empty,
 * never turned into a string by `String`, which would recurse into a deeply nested array.
 */
export function textField(value: unknown, path: string, report: SlideReport): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value !== undefined && value !== null) report(path, `expected text, got ${quoteValue(value, path)}; ignored`);
  return '';
}

const IMAGE = /\.(jpe?g|png|gif|webp|avif|svg|bmp)(\?.*)?$/i;

/** TimelineJS date parts may be numbers, numeric strings, empty strings or null. */
function part(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value !== 'number' && typeof value !== 'string') return Number.NaN;
  const n = typeof value === 'number' ? value : Number(value.trim());
  return Number.isFinite(n) && Number.isInteger(n) ? n : Number.NaN;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
const valid = (n: number | undefined): n is number => n !== undefined && !Number.isNaN(n);
const LIMITS = { day: [1, 31], hour: [0, 23], minute: [0, 59], second: [0, 59] } as const;

/**
 * An EDTF string for a TimelineJS date object, at the precision it gives. TimelineJS counts years
 * before the common era as negative numbers without a year zero (-44 is 44 BCE); EDTF counts
 * astronomically (-0043 is 44 BCE).
 */
function edtfOf(date: Json, report: (message: string) => void): string | undefined {
  const year = part(date.year);
  if (year === undefined || Number.isNaN(year)) {
    report(year === undefined ? 'has no year' : `has a year that is not a whole number: ${quoteValue(date.year)}`);
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
    if (Number.isNaN(value)) report(`has a ${name} that is not a whole number (${quoteValue(date[name])}); the date stops before it`);
  }
  for (const [name, [min, max]] of Object.entries(LIMITS)) {
    const value = fields[name as keyof typeof LIMITS];
    if (valid(value) && (value < min || value > max)) {
      report(`${name} ${value} is out of range; the date stops before it`);
      fields[name as keyof typeof LIMITS] = Number.NaN;
    }
  }
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

/** The slide's date: its start, and its end when it has a later one. Undefined when it has none usable. */
export function slideDate(raw: Json, report: SlideReport): string | undefined {
  if (!isObject(raw.start_date)) {
    report('start_date', 'has no start_date; left out (a timeline event needs a date)');
    return undefined;
  }
  const start = edtfOf(raw.start_date, (m) => report('start_date', m));
  if (!start) {
    report('start_date', 'left out: no usable date');
    return undefined;
  }
  if (!isObject(raw.end_date)) return start;
  const end = edtfOf(raw.end_date, (m) => report('end_date', m));
  if (!end || end === start) return start;
  if ('date' in tryParseEventDate(`${start}/${end}`)) return `${start}/${end}`;
  report('end_date', `ends (${end}) before it starts (${start}); the end is not kept`);
  return start;
}

/** The slide's media: an image stays an image; another medium with a safe URL becomes a link. */
function slideMedia(media: Json, links: EventLinkData[], report: SlideReport): EventMediaData | undefined {
  const url = textField(media.url, 'media.url', report).trim();
  if (!url) return undefined;
  const caption = htmlToText(textField(media.caption, 'media.caption', report)).text;
  const credit = htmlToText(textField(media.credit, 'media.credit', report)).text;
  const alt = htmlToText(textField(media.alt, 'media.alt', report)).text;
  if (media.thumbnail) report('media.thumbnail', 'thumbnails are not kept');
  if (url.startsWith('<')) {
    report('media', 'embedded HTML media is not shown; left out');
  } else if (IMAGE.test(url) && isSafeImageUrl(url)) {
    if (!alt && !caption) report('media.alt', 'the image has no alt text or caption; it is marked decorative');
    return { url, alt: alt || caption || '', ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
  } else if (isSafeLinkUrl(url)) {
    let host = url;
    try {
      host = new URL(url).hostname.replace(/^www\./, '');
    } catch {
      // a relative URL: keep it as written
    }
    links.push({ url, label: caption || host });
    report('media', `media from ${shorten(host)} is not embedded; kept as a link`);
  } else {
    report('media', `media ${quoteValue(url)} is left out (not a safe URL)`);
  }
  return undefined;
}

/** What the slide says: title (from its headline, else its text, date or id), text and links. */
function slideText(raw: Json, id: string, report: SlideReport): Pick<TimelineEventData, 'title' | 'description'> & { links: EventLinkData[] } {
  const text = isObject(raw.text) ? raw.text : {};
  const headline = htmlToText(textField(text.headline, 'text.headline', report));
  const body = htmlToText(textField(text.text, 'text.text', report));
  let title = headline.text;
  if (!title) {
    title = shorten(body.text.split('\n')[0]!) || (typeof raw.display_date === 'string' ? shorten(raw.display_date) : '') || id;
    report('text.headline', `has no headline; the title is taken from ${body.text ? 'its text' : 'its date or id'}`);
  }
  const lost = [...new Set([...headline.formatting, ...body.formatting])];
  if (lost.length) report('text', `HTML formatting is not kept (${lost.join(', ')}); the text is`);
  const links: EventLinkData[] = [];
  for (const link of [...headline.links, ...body.links]) {
    if (isSafeLinkUrl(link.url)) links.push({ url: link.url, label: link.label });
    else report('text', `a link to ${quoteValue(link.url.slice(0, 60))} is left out (only http, https and mailto links are kept)`);
  }
  return { title, ...(body.text ? { description: body.text } : {}), links };
}

/** The slide as an event of ours, without its id's uniqueness (the caller's) and category. */
export function slideEvent(raw: Json, id: string, date: string, report: SlideReport): TimelineEventData {
  const { title, description, links } = slideText(raw, id, report);
  const media = isObject(raw.media) && raw.media.url ? slideMedia(raw.media, links, report) : undefined;
  if (raw.background) report('background', 'backgrounds are not kept');
  if (raw.location) report('location', 'map locations are not kept');
  if (raw.type) report('type', `slide type ${quoteValue(raw.type)} is not kept`);
  if (raw.autolink === false) report('autolink', 'autolink is not kept');
  const wording = typeof raw.display_date === 'string' && raw.display_date.trim() ? htmlToText(raw.display_date).text : undefined;
  return {
    id,
    date,
    title,
    ...(description ? { description } : {}),
    ...(wording ? { dateWording: wording } : {}),
    ...(media ? { media } : {}),
    ...(links.length ? { links } : {}),
  };
}
