/**
 * What a page may write on `<event-timeline>` and `<timeline-event>` in a framework's templates,
 * derived from the element classes and their event map, so that a renamed property or a new layout
 * changes these types with it. `react.ts`, `preact.ts` and `vue.ts` declare them to each framework;
 * `test/node/framework-types.test.ts` checks the names against `custom-elements.json`.
 */
import type { EventStatus } from '../data/timeline-data.js';
import type { EventTimeline } from '../event-timeline.component.js';
import type { EventTimelineEventMap } from '../event-timeline.events.js';

/** `headingLevel` → `heading-level`: Lit's default attribute names, as the element spells them. */
type KebabCase<Name extends string> = Name extends `${infer First}${infer Rest}`
  ? `${First extends Lowercase<First> ? First : `-${Lowercase<First>}`}${KebabCase<Rest>}`
  : Name;

/** `event-timeline-select` → `eventTimelineSelect`. */
type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : Name;

/** The element's reactive properties, typed by the class (`layout` is the union of `LAYOUTS`). */
export type EventTimelineProperties = Partial<
  Pick<
    EventTimeline,
    | 'src'
    | 'data'
    | 'lang'
    | 'dir'
    | 'layout'
    | 'theme'
    | 'headingLevel'
    | 'label'
    | 'numerals'
    | 'gaps'
    | 'weekdays'
    | 'collapsed'
    | 'format'
    | 'structuredData'
    | 'timeout'
    | 'maxBytes'
    | 'showProblems'
    | 'order'
    | 'startAt'
    | 'hashLinks'
  >
>;

/** The same options by their attribute names (`heading-level`, `show-problems`…); `data` has no attribute. */
export type EventTimelineAttributes = {
  [Name in Exclude<keyof EventTimelineProperties, 'data'> as KebabCase<Name>]?: EventTimelineProperties[Name];
};

/** JSX listeners, as React 19 and Preact name them: `onevent-timeline-select` listens to `event-timeline-select`. */
export type EventTimelineJsxListeners = {
  [Name in keyof EventTimelineEventMap as `on${Name}`]?: (event: CustomEvent<EventTimelineEventMap[Name]>) => void;
};

/** Vue listeners, as a template's `@event-timeline-select` is checked: `onEventTimelineSelect`. */
export type EventTimelineVueListeners = {
  [Name in keyof EventTimelineEventMap as `on${Capitalize<CamelCase<Name>>}`]?: (event: CustomEvent<EventTimelineEventMap[Name]>) => void;
};

/** Everything `<event-timeline>` takes in JSX, besides the global HTML attributes. */
export type EventTimelineJsxProps = EventTimelineProperties & EventTimelineAttributes & EventTimelineJsxListeners;

/** `<timeline-event>`'s own attributes (`id` and `lang` are global ones). */
export interface TimelineEventAttributes {
  /** EDTF date of the event (`2019-06`, `2020-08-18/2020-08-20`…). */
  date?: string;
  /** Category id. */
  category?: string;
  status?: EventStatus;
  /** The date as the source words it. */
  'date-wording'?: string;
}
