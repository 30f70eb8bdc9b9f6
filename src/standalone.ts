// The standalone bundle's entry (dist/event-timeline.bundle.js): the two elements, registered on
// import, and nothing else, so that a page's one script tag carries only what renders. The date,
// data and import APIs are in the ESM build (`event-timeline`, `event-timeline/dates`, …).
export { EventTimeline } from './event-timeline.js';
export { TimelineEventElement } from './timeline-event.js';
