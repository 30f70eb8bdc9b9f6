// The package entry: the element (registered on import), and the date and data APIs it uses.
export { EventTimeline } from './event-timeline.js';
export type { EventTimelineErrorDetail, EventTimelineLayout, EventTimelineLoadDetail, EventTimelineSelectDetail } from './event-timeline.js';
export { readTimelineEvent, TimelineEventElement } from './timeline-event.js';
export * from './dates/index.js';
export * from './data/index.js';
export { TimelineLoadError } from './load-timeline-json.js';
export type { TimelineLoadErrorCode } from './load-timeline-json.js';
export { registerTimelineLanguage } from './languages/registry.js';
export type { TimelineLanguage } from './languages/registry.js';
export { STRING_IDS } from './languages/timeline-strings.js';
export type { TimelineStringId, TimelineStrings } from './languages/timeline-strings.js';
