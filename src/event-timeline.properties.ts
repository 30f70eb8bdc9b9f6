import { LitElement, type PropertyDeclarations } from 'lit';
import type { Numerals } from './dates/numerals.js';
import type { EventTimelineLayout, EventTimelineOrder, EventTimelineTheme } from './timeline-options.js';

/**
 * What a page sets on `<event-timeline>`: its public reactive properties, each with its attribute.
 * The element's behaviour is in `event-timeline.component.ts`, which extends this class; the
 * manifest and Storybook list these properties as the element's.
 */
export class EventTimelineProperties extends LitElement {
  // Declared here rather than with decorators: the same reactive properties without the
  // decorators' runtime in the bundle.
  static override properties: PropertyDeclarations = {
    src: { reflect: true }, data: { attribute: false }, lang: {}, dir: {}, layout: { reflect: true }, theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' }, label: {}, numerals: {}, format: {},
    gaps: { type: Boolean }, weekdays: { type: Boolean }, collapsed: { type: Boolean },
    structuredData: { type: Boolean, attribute: 'structured-data' }, showProblems: { type: Boolean, attribute: 'show-problems' },
    timeout: { type: Number }, maxBytes: { type: Number, attribute: 'max-bytes' },
    order: {}, startAt: { attribute: 'start-at' }, hashLinks: { type: Boolean, attribute: 'hash-links' },
  };

  /** URL of a timeline JSON file. */
  src?: string;

  /** Timeline data as an object (what `JSON.parse` gives). Takes precedence over `src` and children. */
  data?: unknown;

  /** The reader's language. Unset, it is inherited from ancestors, the document, then the data. */
  override lang = '';

  /** `ltr` or `rtl` to force a direction; empty, it follows the language. */
  override dir = '';

  /** `vertical`, `alternating` or `horizontal`; an unknown value falls back to `vertical`. */
  layout: EventTimelineLayout = 'vertical';

  /** `auto` (follows `prefers-color-scheme`), `light` or `dark`. */
  theme: EventTimelineTheme = 'auto';

  /** Level of the timeline's heading, 1–5; event titles are one level below. */
  headingLevel = 2;

  /** Title for a timeline whose data has none. */
  label = '';

  /** The digits of dates (`latn`, `arab`, `arabext`…); unset, the language's own. */
  numerals?: Numerals;

  /** Show the time between events when it is a month or more. */
  gaps = false;

  /** Name the weekday of day-precision dates. */
  weekdays = false;

  /** Show only dates and titles; details open with a toggle. */
  collapsed = false;

  /** `timelinejs` to read Knight Lab TimelineJS JSON; by default it is detected. */
  format?: 'timelinejs' | 'event-timeline';

  /** Add schema.org JSON-LD for the events to the page (a script in the element's light DOM). */
  structuredData = false;

  /** Milliseconds to wait for `src` before showing an error. */
  timeout = 15_000;

  /** The largest `src` file accepted, in bytes (10 MB by default). @type {number} */
  maxBytes = 10 * 1024 * 1024;

  /** Show the panel listing invalid data (for editors; a reader's page leaves it off). */
  showProblems = false;

  /** `newest-first` to show the latest event at the top (or the start of the track). */
  order: EventTimelineOrder = 'oldest-first';

  /** Where the timeline starts: `end` or an event id is the event Tab reaches first, and the horizontal track scrolls to it (the page never scrolls). A deep link wins. */
  startAt = '';

  /** Write the focused or selected event to the page's URL (`#event-id`), so that a shared link points at it. */
  hashLinks = false;
}
