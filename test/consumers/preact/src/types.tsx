// Compiled, never run: what Preact's JSX accepts on <event-timeline> and what it must refuse. An
// expected error below that stops being one fails the type check.
import 'event-timeline/preact';

export const accepted = [
  <event-timeline src="/timeline.json" layout="horizontal" theme="dark" heading-level={3} show-problems gaps collapsed />,
  <event-timeline data={{ events: [] }} numerals="latn" maxBytes={1024} aria-label="Timeline">
    <timeline-event id="agreement" date="2019-06" category="economy" status="planned">
      <h3>Agreement</h3>
    </timeline-event>
  </event-timeline>,
  <event-timeline onevent-timeline-select={(event) => event.detail.event.id} />,
];

export const refused = [
  // @ts-expect-error: a misspelled property
  <event-timeline layuot="vertical" />,
  // @ts-expect-error: not one of LAYOUTS
  <event-timeline layout="diagonal" />,
  // @ts-expect-error: not one of THEMES
  <event-timeline theme="sepia" />,
  // @ts-expect-error: the select event's detail has `event`, not `evnt`
  <event-timeline onevent-timeline-select={(event) => event.detail.evnt} />,
];
