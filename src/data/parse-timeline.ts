import { sortByEventDate } from '../dates/compare-event-dates.js';
import type { EventDate } from '../dates/event-date.js';
import { EventDateError } from '../dates/event-date-error.js';
import { parseEventDate } from '../dates/parse-event-date.js';
import { problemDetails } from '../dates/problem-details.js';
import { pathStep } from './shorten.js';
import { isSafeImageUrl, isSafeLinkUrl } from './safe-url.js';
import type {
  EventLinkData,
  EventMediaData,
  EventSourceData,
  EventStatus,
  LocalizedText,
  Timeline,
  TimelineEvent,
  TimelineProblem,
  TimelineSourceData,
} from './timeline-data.js';
import type { TimelineProblemMessages } from './timeline-problem-messages.js';

export interface ParsedTimeline {
  readonly timeline: Timeline;
  /** Everything that was left out or ignored, in document order. Empty for clean data. */
  readonly problems: readonly TimelineProblem[];
}

const DOCUMENT_FIELDS = new Set(['$schema', 'title', 'lang', 'published', 'source', 'categories', 'events']);
const EVENT_FIELDS = new Set(['id', 'date', 'title', 'description', 'category', 'status', 'dateWording', 'dateNote', 'source', 'media', 'links', 'extraction']);
const MEDIA_FIELDS = new Set(['url', 'alt', 'caption', 'credit', 'width', 'height']);
const SOURCE_FIELDS = new Set(['title', 'publisher', 'url']);
const STATUSES: readonly EventStatus[] = ['scheduled', 'planned'];
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The text of a data problem, by id (see `timeline-problem-messages.ts`). */
const say = <K extends keyof TimelineProblemMessages>(id: K, ...args: Parameters<TimelineProblemMessages[K]>): string => problemDetails.text(id, args);

/**
 * Checks timeline data (already parsed from JSON) against the format's rules, the same rules as
 * `schema/event-timeline.schema.json`, without a schema engine: small enough for the browser.
 * It never throws. Invalid events are left out and reported; unknown fields are reported as
 * warnings and ignored; the valid events come back in chronological order.
 */
export function parseTimeline(data: unknown): ParsedTimeline {
  const problems: TimelineProblem[] = [];
  const error = (path: string, message: string) => problems.push({ path, message, severity: 'error' });
  const warn = (path: string, message: string) => problems.push({ path, message, severity: 'warning' });

  if (!isObject(data)) {
    error('', say('not-an-object', data));
    return { timeline: { title: '', lang: 'und', categories: {}, events: [] }, problems };
  }
  for (const key of Object.keys(data)) if (!DOCUMENT_FIELDS.has(key)) warn(pathStep(key).slice(1), say('unknown-field', key));

  let lang = 'und';
  if (typeof data.lang === 'string' && LANGUAGE_TAG.test(data.lang)) lang = data.lang;
  else if (data.lang === undefined) error('lang', say('lang-missing'));
  else error('lang', say('lang-invalid', data.lang, 'lang'));

  let title: LocalizedText = '';
  if (data.title === undefined) error('title', say('title-missing'));
  else title = localizedText(data.title, 'title', error) ?? '';

  let published: EventDate | undefined;
  if (data.published !== undefined) published = eventDate(data.published, 'published', error);

  const source = data.source === undefined ? undefined : sourceOf(data.source, warn);
  // No prototype: a category called "constructor" or "__proto__" finds its own label or none.
  const categories: Record<string, LocalizedText> = Object.create(null) as Record<string, LocalizedText>;
  if (data.categories !== undefined) {
    if (!isObject(data.categories)) warn('categories', say('categories-invalid', data.categories));
    else {
      for (const [id, label] of Object.entries(data.categories)) {
        const text = optionalText(label, `categories${pathStep(id)}`, warn);
        if (text !== undefined) categories[id] = text;
      }
    }
  }

  const events: TimelineEvent[] = [];
  if (!Array.isArray(data.events)) {
    error('events', data.events === undefined ? say('events-missing') : say('events-invalid', data.events));
  } else {
    const firstUse = new Map<string, number>();
    data.events.forEach((raw: unknown, index: number) => {
      const event = eventOf(raw, index, firstUse, published, { error, warn });
      if (event) events.push(event);
    });
  }
  const sorted = sortByEventDate(events, (event) => event.date);
  return {
    timeline: { title, lang, ...(published ? { published } : {}), ...(source ? { source } : {}), categories, events: sorted },
    problems,
  };
}

type Report = (path: string, message: string) => void;

function eventOf(
  raw: unknown,
  index: number,
  firstUse: Map<string, number>,
  published: EventDate | undefined,
  { error, warn }: { error: Report; warn: Report },
): TimelineEvent | undefined {
  const at = `events[${index}]`;
  if (!isObject(raw)) {
    error(at, say('event-invalid', raw));
    return undefined;
  }
  if (Object.keys(raw).length === 0) {
    error(at, say('event-empty'));
    return undefined;
  }
  for (const key of Object.keys(raw)) if (!EVENT_FIELDS.has(key)) warn(`${at}${pathStep(key)}`, say('unknown-field', key));
  const required = requiredFields(raw, at, firstUse, error);
  if (!required) return undefined;
  firstUse.set(required.id, index);
  const event: MutableEvent = { id: required.id, date: required.date, title: required.title, index };
  addOptionalFields(event, raw, at, published, warn);
  return event;
}

type MutableEvent = { -readonly [K in keyof TimelineEvent]: TimelineEvent[K] };

/** The id, date and title every event needs; undefined (each problem reported) when one is wrong. */
function requiredFields(raw: Record<string, unknown>, at: string, firstUse: Map<string, number>, error: Report): Pick<TimelineEvent, 'id' | 'date' | 'title'> | undefined {
  let valid = true;
  const fail: Report = (path, message) => {
    valid = false;
    error(path, message);
  };
  const id = typeof raw.id === 'string' ? raw.id.trim() : undefined;
  if (raw.id === undefined) fail(`${at}.id`, say('id-missing'));
  else if (!id || /\s/.test(id)) fail(`${at}.id`, say('id-invalid', raw.id, `${at}.id`));
  else if (firstUse.has(id)) fail(`${at}.id`, say('id-duplicate', id, firstUse.get(id)!));

  let date: EventDate | undefined;
  if (raw.date === undefined) fail(`${at}.date`, say('date-missing'));
  else date = eventDate(raw.date, `${at}.date`, fail);

  let title: LocalizedText | undefined;
  if (raw.title === undefined) fail(`${at}.title`, say('event-title-missing'));
  else title = localizedText(raw.title, `${at}.title`, fail);

  return valid && id && date && title !== undefined ? { id, date, title } : undefined;
}

/**
 * The optional fields: a wrong one is ignored with a warning and the event still renders. Set only
 * when present (no spreads: this runs once per event, 100,000 times for a large file).
 */
function addOptionalFields(event: MutableEvent, raw: Record<string, unknown>, at: string, published: EventDate | undefined, warn: Report): void {
  const description = optionalText(raw.description, `${at}.description`, warn);
  const dateWording = optionalText(raw.dateWording, `${at}.dateWording`, warn);
  const dateNote = optionalText(raw.dateNote, `${at}.dateNote`, warn);
  const category = raw.category === undefined ? undefined : categoryOf(raw.category, `${at}.category`, warn);
  let status = raw.status === undefined ? undefined : statusOf(raw.status, `${at}.status`, warn);
  if (!status && published && event.date.earliest > published.latest) status = 'scheduled';
  const source = raw.source === undefined ? undefined : eventSourceOf(raw.source, `${at}.source`, warn);
  const extraction = raw.extraction === undefined ? undefined : extractionOf(raw.extraction, `${at}.extraction`, warn);
  const media = raw.media === undefined ? undefined : mediaOf(raw.media, `${at}.media`, warn);
  const links = raw.links === undefined ? undefined : linksOf(raw.links, `${at}.links`, warn);
  if (media !== undefined) event.media = media;
  if (links !== undefined && links.length > 0) event.links = links;
  if (description !== undefined) event.description = description;
  if (category !== undefined) event.category = category;
  if (status !== undefined) event.status = status;
  if (dateWording !== undefined) event.dateWording = dateWording;
  if (dateNote !== undefined) event.dateNote = dateNote;
  if (source !== undefined) event.source = source;
  if (extraction !== undefined) event.extraction = extraction;
}

function categoryOf(value: unknown, path: string, warn: Report): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  warn(path, say('category-invalid', value, path));
  return undefined;
}

function statusOf(value: unknown, path: string, warn: Report): EventStatus | undefined {
  if (STATUSES.includes(value as EventStatus)) return value as EventStatus;
  warn(path, say('status-invalid', value, path));
  return undefined;
}

function eventSourceOf(value: unknown, path: string, warn: Report): EventSourceData | undefined {
  if (isObject(value) && Number.isInteger(value.paragraph) && (value.paragraph as number) >= 0 && typeof value.quote === 'string' && value.quote) {
    return { paragraph: value.paragraph as number, quote: value.quote };
  }
  warn(path, say('source-quote-invalid'));
  return undefined;
}

function extractionOf(value: unknown, path: string, warn: Report): TimelineEvent['extraction'] {
  if (isObject(value) && typeof value.rule === 'string' && typeof value.confidence === 'number' && value.confidence >= 0 && value.confidence <= 1) {
    return { rule: value.rule, confidence: value.confidence };
  }
  warn(path, say('extraction-invalid'));
  return undefined;
}

function eventDate(value: unknown, path: string, report: Report): EventDate | undefined {
  if (typeof value !== 'string') {
    report(path, say('date-not-text', value));
    return undefined;
  }
  try {
    return parseEventDate(value);
  } catch (e) {
    if (!(e instanceof EventDateError)) throw e;
    report(path, e.message);
    return undefined;
  }
}

function localizedText(value: unknown, path: string, report: Report): LocalizedText | undefined {
  if (typeof value === 'string') {
    if (value.trim()) return value;
    report(path, say('text-empty'));
    return undefined;
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) {
      report(path, say('text-no-language'));
      return undefined;
    }
    for (const [tag, text] of entries) {
      if (!LANGUAGE_TAG.test(tag)) {
        report(path + pathStep(tag), say('text-language-tag', tag));
        return undefined;
      }
      if (typeof text !== 'string' || !text.trim()) {
        report(path + pathStep(tag), say('text-not-string', text, path + pathStep(tag)));
        return undefined;
      }
    }
    return value as Record<string, string>;
  }
  report(path, say('text-invalid', value));
  return undefined;
}

function optionalText(value: unknown, path: string, warn: Report): LocalizedText | undefined {
  if (value === undefined) return undefined;
  return localizedText(value, path, (p, message) => warn(p, say('ignored', message)));
}

function mediaOf(value: unknown, path: string, warn: Report): EventMediaData | undefined {
  if (!isObject(value)) {
    warn(path, say('media-invalid', value));
    return undefined;
  }
  for (const key of Object.keys(value)) if (!MEDIA_FIELDS.has(key)) warn(path + pathStep(key), say('unknown-field', key));
  if (typeof value.url !== 'string' || !value.url.trim()) {
    warn(`${path}.url`, say('media-url-missing'));
    return undefined;
  }
  if (!isSafeImageUrl(value.url)) {
    warn(`${path}.url`, say('media-url-unsafe', value.url));
    return undefined;
  }
  // An empty alt marks a decorative image; a missing one is a mistake worth saying.
  let alt: LocalizedText | undefined = value.alt === '' ? '' : optionalText(value.alt, `${path}.alt`, warn);
  if (alt === undefined) {
    warn(`${path}.alt`, say('media-alt-missing'));
    alt = '';
  }
  const size = (key: 'width' | 'height') => {
    const n = value[key];
    if (n === undefined) return undefined;
    if (typeof n === 'number' && Number.isInteger(n) && n > 0) return n;
    warn(`${path}.${key}`, say('media-size-invalid', n, `${path}.${key}`));
    return undefined;
  };
  const width = size('width');
  const height = size('height');
  const caption = optionalText(value.caption, `${path}.caption`, warn);
  const credit = optionalText(value.credit, `${path}.credit`, warn);
  return {
    url: value.url,
    alt,
    ...(caption !== undefined ? { caption } : {}),
    ...(credit !== undefined ? { credit } : {}),
    ...(width && height ? { width, height } : {}),
  };
}

function linksOf(value: unknown, path: string, warn: Report): EventLinkData[] {
  if (!Array.isArray(value)) {
    warn(path, say('links-invalid', value));
    return [];
  }
  const links: EventLinkData[] = [];
  value.forEach((link: unknown, i: number) => {
    const at = `${path}[${i}]`;
    if (!isObject(link) || typeof link.url !== 'string' || !link.url.trim()) {
      warn(at, say('link-invalid'));
      return;
    }
    if (!isSafeLinkUrl(link.url)) {
      warn(`${at}.url`, say('link-url-unsafe', link.url));
      return;
    }
    const label = optionalText(link.label, `${at}.label`, warn) ?? link.url;
    links.push({ url: link.url, label });
  });
  return links;
}

function sourceOf(value: unknown, warn: Report): TimelineSourceData | undefined {
  if (!isObject(value)) {
    warn('source', say('source-invalid', value));
    return undefined;
  }
  for (const key of Object.keys(value)) if (!SOURCE_FIELDS.has(key)) warn(`source${pathStep(key)}`, say('unknown-field', key));
  const title = optionalText(value.title, 'source.title', warn);
  const publisher = optionalText(value.publisher, 'source.publisher', warn);
  let url: string | undefined;
  if (value.url !== undefined) {
    if (typeof value.url === 'string' && /^https?:\/\//i.test(value.url)) url = value.url;
    else warn('source.url', say('source-url-invalid'));
  }
  return { ...(title !== undefined ? { title } : {}), ...(publisher !== undefined ? { publisher } : {}), ...(url ? { url } : {}) };
}

/** `events[3].date: "June 2019" is not an EDTF date; did you mean "2019-06"?` */
export const formatProblem = (problem: TimelineProblem): string =>
  problem.path ? `${problem.path}: ${problem.message}` : problem.message;
