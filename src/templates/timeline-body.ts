import { html, nothing, type TemplateResult } from 'lit';
import type { PickedText } from '../data/localized-text.js';
import type { LocalizedText, Timeline, TimelineEvent } from '../data/timeline-data.js';
import { formatEventDate } from '../dates/format-event-date.js';
import type { EventDateLocale } from '../dates/event-date-locale.js';
import type { Numerals } from '../dates/numerals.js';
import { categoryColors, gapBefore, nowMarkerBefore, numeralsFor, type DateTextCache } from '../view/timeline-view.js';
import type { EventContext } from './event.js';
import { eventListTemplate } from './event-list.js';
import { filtersTemplate } from './filters.js';
import { trackControlsTemplate } from './track-controls.js';

/** What the body of a loaded timeline (its filters and its list) is drawn from. */
export interface TimelineBodyView extends Omit<EventContext, 'pick' | 'categoryLabel'> {
  readonly timeline: Timeline;
  /** The events the filters leave, in order. */
  readonly events: readonly TimelineEvent[];
  readonly lang: string;
  /** How dates are worded (the reader's language). */
  readonly dates: EventDateLocale;
  /** The `numerals` attribute; unset, the language's own. */
  readonly numerals: Numerals | undefined;
  readonly weekdays: boolean;
  readonly gaps: boolean;
  /** The events are newest first (`order="newest-first"`). */
  readonly newestFirst: boolean;
  /** The horizontal layout: buttons scroll its track. */
  readonly horizontal: boolean;
  readonly activeCategories: ReadonlySet<string>;
  /** How many events are rendered yet (incremental rendering), and a page rendered ahead. */
  readonly limit: number;
  readonly ahead: { readonly from: number; readonly to: number } | undefined;
  /** The id of the event in the tab order. */
  readonly tabStop: string | undefined;
  readonly dateTexts: DateTextCache;
  readonly pick: (value: LocalizedText | undefined) => PickedText | undefined;
  readonly toggleCategory: (category: string | undefined) => void;
  readonly onClick: (e: MouseEvent) => void;
  readonly onKeydown: (e: KeyboardEvent) => void;
}

/** The category filters and the list of events, with their dates, gaps and "at the time of writing" marker. */
export function timelineBodyTemplate(body: TimelineBodyView): TemplateResult {
  const { timeline, events, lang, pick } = body;
  const numerals = numeralsFor(body.dates, body.numerals);
  const options = { locale: body.dates, numerals, weekdays: body.weekdays };
  const colors = categoryColors(timeline);
  const upcoming = nowMarkerBefore(timeline, events, body.newestFirst);
  const published = timeline.published ? formatEventDate(timeline.published, options) : '';
  const context: EventContext = {
    ...body,
    categoryLabel: (category) => pick(timeline.categories[category]) ?? { text: category, lang: 'en' },
  };
  const filters = filtersTemplate({
    timeline,
    active: body.activeCategories,
    numerals,
    label: (category) => pick(timeline.categories[category]),
    toggle: body.toggleCategory,
    ui: body.ui,
  });
  const list = eventListTemplate(
    {
      events,
      limit: body.limit,
      ahead: body.ahead,
      tabStop: body.tabStop,
      dependencies: [lang, numerals, body.weekdays, body.gaps, body.collapsed, body.level, body.ui.strings, timeline],
      view: (event, index) => ({
        dateText: body.dateTexts.get(event, options),
        gap: body.gaps ? gapBefore(events, index, options) : undefined,
        now: event === upcoming ? published : undefined,
        color: event.category === undefined ? undefined : colors.get(event.category),
      }),
      onClick: body.onClick,
      onKeydown: body.onKeydown,
    },
    context,
  );
  return html`${filters} ${body.horizontal ? trackControlsTemplate(body.ui) : nothing}${list}`;
}
