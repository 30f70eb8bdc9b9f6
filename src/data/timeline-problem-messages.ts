/**
 * What validation says about timeline data, in English, by problem id. `parseTimeline` names
 * problems by id and the values concerned; the sentences, and the previews of the values, load
 * with the full problem details (see `src/dates/problem-details.ts`), so that valid data never
 * downloads them. No Lit, no DOM.
 */
import { quoteValue as quote } from './quote-value.js';

const kind = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

export const timelineProblemMessages = {
  'not-an-object': (value: unknown) => `expected an object with "title", "lang" and "events", got ${kind(value)}`,
  'unknown-field': (key: string) => `unknown field ${quote(key)} is ignored`,
  'lang-missing': () => 'missing: the language of the source, e.g. "ckb"',
  'lang-invalid': (value: unknown, path: string) => `expected a language tag such as "ckb" or "en", got ${quote(value, path)}`,
  'title-missing': () => 'missing: the timeline needs a title',
  'categories-invalid': (value: unknown) => `expected an object of category id → label, got ${kind(value)}; ignored`,
  'events-missing': () => 'missing: a list of events',
  'events-invalid': (value: unknown) => `expected a list of events, got ${kind(value)}`,
  'event-invalid': (value: unknown) => `expected an event object, got ${kind(value)}`,
  'event-empty': () => 'the event is empty: it needs at least "id", "date" and "title"',
  'id-missing': () => 'missing: every event needs a unique "id"',
  'id-invalid': (value: unknown, path: string) => `expected a non-empty string without spaces, got ${quote(value, path)}`,
  'id-duplicate': (id: string, firstIndex: number) => `duplicate id ${quote(id)}: already used by events[${firstIndex}]`,
  'date-missing': () => 'missing: an EDTF date such as "2019-06"',
  'date-not-text': (value: unknown) => `expected an EDTF date string such as "2019-06", got ${kind(value)}`,
  'event-title-missing': () => 'missing: every event needs a title',
  'category-invalid': (value: unknown, path: string) => `expected a non-empty string, got ${quote(value, path)}; ignored`,
  'status-invalid': (value: unknown, path: string) => `expected "scheduled" or "planned", got ${quote(value, path)}; ignored`,
  'source-quote-invalid': () => 'expected {"paragraph": a whole number from 0, "quote": a non-empty string}; ignored',
  'extraction-invalid': () => 'expected {"rule": "…", "confidence": 0–1}; ignored',
  'text-empty': () => 'the text is empty',
  'text-no-language': () => 'expected at least one language, e.g. {"ckb": "…", "en": "…"}',
  'text-language-tag': (tag: string) => `${quote(tag)} is not a language tag such as "ckb" or "en"`,
  'text-not-string': (value: unknown, path: string) => `expected a non-empty string, got ${quote(value, path)}`,
  'text-invalid': (value: unknown) => `expected a string or an object of language tag → string, got ${kind(value)}`,
  'media-invalid': (value: unknown) => `expected {"url", "alt", …}, got ${kind(value)}; ignored`,
  'media-url-missing': () => 'missing: the image URL; the image is left out',
  'media-url-unsafe': (url: string) => `only http:, https: and relative image URLs are shown, not ${quote(url)}; the image is left out`,
  'media-alt-missing': () => 'missing: describe the image for readers who cannot see it (use "" for a decorative image)',
  'media-size-invalid': (value: unknown, path: string) => `expected a whole number of pixels, got ${quote(value, path)}; ignored`,
  'links-invalid': (value: unknown) => `expected a list of {"url", "label"}, got ${kind(value)}; ignored`,
  'link-invalid': () => 'expected {"url": "…", "label": "…"}; the link is left out',
  'link-url-unsafe': (url: string) => `only http:, https:, mailto: and relative links are kept, not ${quote(url)}; the link is left out`,
  'source-invalid': (value: unknown) => `expected an object, got ${kind(value)}; ignored`,
  'source-url-invalid': () => 'expected an http(s) URL; ignored',
  /** An optional field's problem: the field is ignored. */
  ignored: (message: string) => `${message}; ignored`,
};

export type TimelineProblemMessages = typeof timelineProblemMessages;
