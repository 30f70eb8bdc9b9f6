// Compiled, never run: what React's JSX accepts on <event-timeline> and what it must refuse. An
// expected error below that stops being one fails the type check.
import 'event-timeline/react';

export const accepted = [
  <event-timeline src="/timeline.json" layout="horizontal" theme="dark" heading-level={3} show-problems gaps collapsed key="a" />,
  <event-timeline data={{ events: [] }} numerals="latn" format="timelinejs" maxBytes={1024} aria-label="Timeline" key="b">
    <timeline-event id="agreement" date="2019-06" category="economy" status="planned">
      <h3>Agreement</h3>
    </timeline-event>
  </event-timeline>,
  <event-timeline onevent-timeline-load={(event) => event.detail.timeline.events.length} onevent-timeline-error={(event) => event.detail.problems} key="c" />,
];

// The element's events are typed on addEventListener too.
document.querySelector('event-timeline')?.addEventListener('event-timeline-select', (event) => event.detail.event.id);

export const refused = [
  // @ts-expect-error: a misspelled property
  <event-timeline layuot="vertical" key="1" />,
  // @ts-expect-error: not one of LAYOUTS
  <event-timeline layout="diagonal" key="2" />,
  // @ts-expect-error: not one of THEMES
  <event-timeline theme="sepia" key="3" />,
  // @ts-expect-error: a number, not a string
  <event-timeline headingLevel="3" key="4" />,
  // @ts-expect-error: the select event's detail has `event`, not `evnt`
  <event-timeline onevent-timeline-select={(event) => event.detail.evnt} key="5" />,
  // @ts-expect-error: not a status
  <timeline-event status="cancelled" key="6" />,
];
