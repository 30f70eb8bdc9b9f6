/**
 * The timeline data format as it is written in JSON (see `schema/event-timeline.schema.json`), and
 * the normalized form the element renders. No Lit, no DOM.
 */
import type { EventDate } from '../dates/event-date.js';

/** A text in one language, or in several: `{"ckb": "…", "en": "…"}` keyed by BCP 47 tags. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** Whether an event had happened when the source was written. */
export type EventStatus = 'scheduled' | 'planned';

/** Where in the source an event comes from. */
export interface EventSourceData {
  /** Zero-based paragraph (or bullet) number in the source text. */
  readonly paragraph: number;
  /** The words of the source the event is derived from, verbatim. */
  readonly quote: string;
}

/** An image shown with an event. `width` and `height` reserve its space before it loads. */
export interface EventMediaData {
  /** `http:`/`https:` or relative URL. */
  readonly url: string;
  /** What the image shows, for readers who cannot see it. Empty only for a decorative image. */
  readonly alt: LocalizedText;
  readonly caption?: LocalizedText;
  readonly credit?: LocalizedText;
  readonly width?: number;
  readonly height?: number;
}

/** A link from an event: `http:`, `https:`, `mailto:` or relative. */
export interface EventLinkData {
  readonly url: string;
  readonly label: LocalizedText;
}

/** What an event says, the same in the data file and once parsed. */
interface EventContent {
  /** Stable identifier, unique in the file; used for deep links (`#id`). */
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly category?: string;
  /** Set when the source speaks of the event as still to come. */
  readonly status?: EventStatus;
  /** The date as the source words it: `رۆژی سێشەممە`. */
  readonly dateWording?: LocalizedText;
  /** How the date was worked out from the wording, for relative or implied dates. */
  readonly dateNote?: LocalizedText;
  readonly source?: EventSourceData;
  readonly media?: EventMediaData;
  readonly links?: readonly EventLinkData[];
  /** Set by `event-timeline extract`: the rule that proposed the event and how sure it is (0–1). */
  readonly extraction?: { readonly rule: string; readonly confidence: number };
}

export interface TimelineEventData extends EventContent {
  /** EDTF date: `2019-06`, `2020-08-18`, `2020-08-18/2020-08-20`, `2020-08-20/..`. */
  readonly date: string;
}

export interface TimelineSourceData {
  readonly title?: LocalizedText;
  readonly publisher?: LocalizedText;
  readonly url?: string;
}

export interface TimelineData {
  readonly $schema?: string;
  readonly title: LocalizedText;
  /** The language of the source (and the fallback for localized texts). */
  readonly lang: string;
  /** When the source was published: the reference for relative expressions and upcoming events. */
  readonly published?: string;
  readonly source?: TimelineSourceData;
  /** Labels of the categories events use: `{"economy": {"ckb": "ئابووری", "en": "Economy"}}`. */
  readonly categories?: Readonly<Record<string, LocalizedText>>;
  readonly events: readonly TimelineEventData[];
}

/**
 * An event ready to render: its date parsed; its `status` from the data, or `scheduled` when
 * the date is after the timeline's `published`.
 */
export interface TimelineEvent extends EventContent {
  readonly date: EventDate;
  /** Position in the data file, for stable ordering and error messages. */
  readonly index: number;
}

export interface Timeline {
  readonly title: LocalizedText;
  readonly lang: string;
  readonly published?: EventDate;
  readonly source?: TimelineSourceData;
  /** Category labels by id (an id without a label is shown as itself). */
  readonly categories: Readonly<Record<string, LocalizedText>>;
  /** Valid events in chronological order. */
  readonly events: readonly TimelineEvent[];
}

/** Something wrong with the data: where (a JSON path such as `events[3].date`), what, and how bad. */
export interface TimelineProblem {
  readonly path: string;
  readonly message: string;
  /** `error`: the event (or file) is left out. `warning`: kept, but something was ignored. */
  readonly severity: 'error' | 'warning';
}
