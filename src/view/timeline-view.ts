/**
 * What the element shows, worked out from the data and the reader's choices, without Lit or the
 * DOM (it runs in Node, and is tested there): the events after filters, each category's colour,
 * the gaps between events, where the "at the time of writing" marker goes, and each event's date
 * text, formatted once per language and options.
 */
import { pickLocalizedText, type PickedText } from '../data/localized-text.js';
import type { LocalizedText, Timeline, TimelineEvent } from '../data/timeline-data.js';
import type { EventDateLocale } from '../dates/event-date-locale.js';
import { formatEventDate, formatEventGap } from '../dates/format-event-date.js';
import { isNumerals, type Numerals } from '../dates/numerals.js';

// Categories take colours 1–6 in order of first use (the styles define them; no inline styles,
// which a strict Content-Security-Policy forbids).
export const CATEGORY_COLORS = 6;

/**
 * The part name of a category, `category-<id>` (whitespace in the id becomes `-`, as a part name
 * is one word): a page styles an event and its filter button by the data's category id with
 * `::part(category-<id>)`, whatever order the categories come in.
 */
export const categoryPart = (id: string): string => `category-${id.replace(/\s+/g, '-')}`;

/** The reader's choices that change how dates read. */
export interface DateTextOptions {
  readonly locale: EventDateLocale;
  readonly numerals: Numerals;
  readonly weekdays: boolean;
}

// Worked out once per data (or per list of shown events), not per render: a render of a long
// timeline (each step that adds events, each key press) must not walk 100,000 events again.
const categoryCounts = new WeakMap<Timeline, [string, number][]>();
const colours = new WeakMap<Timeline, ReadonlyMap<string, number>>();
const upcoming = new WeakMap<readonly TimelineEvent[], TimelineEvent | undefined>();

/** Categories in order of first use, with their counts. */
export function categoriesOf(timeline: Timeline): [string, number][] {
  let counted = categoryCounts.get(timeline);
  if (!counted) {
    const counts = new Map<string, number>();
    for (const event of timeline.events) if (event.category) counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
    counted = [...counts];
    categoryCounts.set(timeline, counted);
  }
  return counted;
}

/** The colour (1–6) of each category, by order of first use. */
export function categoryColors(timeline: Timeline): ReadonlyMap<string, number> {
  let byCategory = colours.get(timeline);
  if (!byCategory) {
    byCategory = new Map(categoriesOf(timeline).map(([category], i) => [category, (i % CATEGORY_COLORS) + 1]));
    colours.set(timeline, byCategory);
  }
  return byCategory;
}

/** The events the list shows, in the order it shows them: all, or those of the chosen categories; oldest or newest first. */
export function visibleEvents(timeline: Timeline, activeCategories: ReadonlySet<string>, newestFirst = false): readonly TimelineEvent[] {
  const shown = activeCategories.size === 0 ? timeline.events : timeline.events.filter((e) => e.category !== undefined && activeCategories.has(e.category));
  return newestFirst ? [...shown].reverse() : shown;
}

/**
 * The event the "at the time of writing" marker goes before, where what had happened when the
 * source was written meets what was still to come: the first upcoming event, oldest first; the
 * first past event after an upcoming one, newest first.
 */
export function nowMarkerBefore(timeline: Timeline, events: readonly TimelineEvent[], newestFirst = false): TimelineEvent | undefined {
  if (!timeline.published) return undefined;
  if (!upcoming.has(events)) upcoming.set(events, newestFirst ? events.find((e, i) => i > 0 && !e.status && events[i - 1]!.status) : events.find((e) => e.status));
  return upcoming.get(events);
}

/** The time since the previous shown event ("14 months later"), when gaps are on and it is long enough. */
export function gapBefore(events: readonly TimelineEvent[], index: number, options: Omit<DateTextOptions, 'weekdays'>): string | undefined {
  const previous = events[index - 1];
  return previous ? formatEventGap(previous.date, events[index]!.date, options) : undefined;
}

/** The digits dates are written in: the page's choice, else the date language's own. */
export function numeralsFor(dates: EventDateLocale, chosen: string | undefined): Numerals {
  return chosen && isNumerals(chosen) ? chosen : dates.numerals;
}

/** A text of the data in the reader's language, falling back to the data's own. */
export function pickText(timeline: Timeline | undefined, value: LocalizedText | undefined, lang: string): PickedText | undefined {
  return pickLocalizedText(value, lang, timeline?.lang ?? 'en');
}

/**
 * Formatted dates per event and language/options, so that a filter or focus change formats
 * nothing again. Kept per element: the events are the cache's keys, and go with their data.
 */
export class DateTextCache {
  private readonly texts = new WeakMap<TimelineEvent, Map<string, string>>();

  get(event: TimelineEvent, options: DateTextOptions): string {
    const key = `${options.locale.code}|${options.numerals}|${options.weekdays}`;
    let texts = this.texts.get(event);
    if (!texts) this.texts.set(event, (texts = new Map()));
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = formatEventDate(event.date, { locale: options.locale, numerals: options.numerals, weekday: options.weekdays })));
    return text;
  }
}

/** A set with `item` added, or removed if it was there (filters, open events). */
export function toggled(set: ReadonlySet<string>, item: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}
