/**
 * schema.org structured data for a timeline: an ItemList of Events with ISO dates at the
 * precision the data gives, in the reader's language. Pure: no Lit, no DOM.
 */
import { endPoint, startPoint, type EventDatePoint } from '../dates/event-date.js';
import { pickLocalizedText } from './localized-text.js';
import type { Timeline } from './timeline-data.js';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `2019`, `2019-06`, `2020-08-18`, `2020-08-20T14:30:00+03:00`: ISO 8601 at the point's precision. */
export function isoDateOf(point: EventDatePoint): string {
  const year = point.year < 0 ? `-${pad(point.year, 4)}` : pad(point.year, 4);
  if (point.unspecified.year || point.precision === 'year' || point.precision === 'season' || point.unspecified.month) return year;
  if (point.precision === 'month' || point.unspecified.day) return `${year}-${pad(point.month!)}`;
  const day = `${year}-${pad(point.month!)}-${pad(point.day!)}`;
  if (point.precision !== 'second') return day;
  const time = `T${pad(point.hour!)}:${pad(point.minute!)}:${pad(point.second!)}`;
  if (point.offsetMinutes === undefined) return day + time;
  if (point.offsetMinutes === 0) return `${day}${time}Z`;
  const sign = point.offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(point.offsetMinutes);
  return `${day}${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function timelineJsonLd(timeline: Timeline, lang: string): Record<string, unknown> {
  const pick = (value: Parameters<typeof pickLocalizedText>[0]) => pickLocalizedText(value, lang, timeline.lang)?.text;
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: pick(timeline.title),
    inLanguage: lang,
    numberOfItems: timeline.events.length,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: timeline.events.map((event, i) => {
      const start = startPoint(event.date);
      const end = event.date.type === 'interval' ? endPoint(event.date) : undefined;
      const item: Record<string, unknown> = { '@type': 'Event', name: pick(event.title), identifier: event.id };
      const description = pick(event.description);
      if (description) item.description = description;
      if (start) item.startDate = isoDateOf(start);
      if (end) item.endDate = isoDateOf(end);
      if (event.status) item.eventStatus = 'https://schema.org/EventScheduled';
      return { '@type': 'ListItem', position: i + 1, item };
    }),
  };
}

/** JSON-LD as the text of a `<script type="application/ld+json">`, safe to inline in HTML. */
export function jsonLdScriptText(value: unknown): string {
  // "</script>" and "<!--" inside strings must not end or confuse the script element.
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
