/**
 * `import 'event-timeline/preact'` in a Preact app: registers `<event-timeline>` (as
 * `import 'event-timeline'` does) and declares it and `<timeline-event>` to Preact's JSX, so that a
 * misspelled property or an unknown `layout` is a type error and listeners get their `detail` typed.
 * Preact sets a name the element has as a property, any other as an attribute, and
 * `onevent-timeline-select` listens to `event-timeline-select`.
 */
import type { HTMLAttributes } from 'preact';
import type { EventTimeline } from '../event-timeline.component.js';
import type { TimelineEventElement } from '../timeline-event.js';
import type { EventTimelineJsxProps, TimelineEventAttributes } from './element-props.js';

export * from '../event-timeline.js';

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact declares its JSX as a namespace
  namespace JSX {
    interface IntrinsicElements {
      'event-timeline': HTMLAttributes<EventTimeline> & EventTimelineJsxProps;
      'timeline-event': HTMLAttributes<TimelineEventElement> & TimelineEventAttributes;
    }
  }
}
