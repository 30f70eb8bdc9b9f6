// The standalone bundle's entry (dist/event-timeline.bundle.js): <event-timeline>, registered on
// import, and `registerTimelineLanguage`, so that a page can add a language; nothing else, so that
// a page's one script tag carries only what renders. It loads
// <timeline-event> itself when it meets one. The date, data and import APIs are in the ESM build
// (`event-timeline`, `event-timeline/dates`, …).
export { EventTimeline } from './event-timeline.js';
export { registerTimelineLanguage } from './languages/registry.js';
