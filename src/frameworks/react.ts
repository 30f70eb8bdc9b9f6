/**
 * `import 'event-timeline/react'` in a React 19 app: registers `<event-timeline>` (as
 * `import 'event-timeline'` does) and declares it and `<timeline-event>` to React's JSX, so that a
 * misspelled property or an unknown `layout` is a type error and listeners get their `detail` typed.
 * React 19 sets a name the element has as a property (`data`, `headingLevel`), any other as an
 * attribute, and `onevent-timeline-select` listens to `event-timeline-select`.
 */
import type * as React from 'react';
import type { EventTimeline } from '../event-timeline.component.js';
import type { TimelineEventElement } from '../timeline-event.js';
import type { EventTimelineJsxProps, TimelineEventAttributes } from './element-props.js';

export * from '../event-timeline.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares its JSX as a namespace
  namespace JSX {
    interface IntrinsicElements {
      'event-timeline': React.DetailedHTMLProps<React.HTMLAttributes<EventTimeline>, EventTimeline> & EventTimelineJsxProps;
      'timeline-event': React.DetailedHTMLProps<React.HTMLAttributes<TimelineEventElement>, TimelineEventElement> & TimelineEventAttributes;
    }
  }
}
