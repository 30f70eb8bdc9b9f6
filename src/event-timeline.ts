/**
 * Registers `<event-timeline>` (importing this module defines the tag). The class lives in
 * `event-timeline.component.ts`, apart from the registration, so that it can be extended or
 * registered under another name without defining this one.
 */
import { EventTimeline } from './event-timeline.component.js';
import type { EventTimelineErrorDetail, EventTimelineLoadDetail, EventTimelineSelectDetail } from './event-timeline.events.js';

export { EventTimeline };
export type { EventTimelineErrorDetail, EventTimelineLoadDetail, EventTimelineSelectDetail } from './event-timeline.events.js';
export type { EventTimelineLayout, EventTimelineTheme } from './timeline-options.js';

// After @localized() has run on the class: defining the element upgrades elements already in the
// page, and they need the localization controller it adds.
customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
  interface HTMLElementEventMap {
    'event-timeline-load': CustomEvent<EventTimelineLoadDetail>;
    'event-timeline-error': CustomEvent<EventTimelineErrorDetail>;
    'event-timeline-select': CustomEvent<EventTimelineSelectDetail>;
  }
}
