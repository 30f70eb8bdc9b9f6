// The data format: types, validation and normalization. Runs in Node and browsers: no Lit, no DOM.
import './full-problem-details.js';
export type {
  EventLinkData,
  EventMediaData,
  EventSourceData,
  EventStatus,
  LocalizedText,
  Timeline,
  TimelineData,
  TimelineEvent,
  TimelineEventData,
  TimelineProblem,
  TimelineSourceData,
} from './timeline-data.js';
export { formatProblem, parseTimeline } from './parse-timeline.js';
export type { ParsedTimeline } from './parse-timeline.js';
export { pickLocalizedText } from './localized-text.js';
export { isSafeImageUrl, isSafeLinkUrl } from './safe-url.js';
export type { PickedText } from './localized-text.js';
export { isoDateOf, jsonLdScriptText, timelineJsonLd } from './timeline-json-ld.js';
export { fromTimelineJS, isTimelineJS } from './from-timelinejs.js';
export type { TimelineJSImport, TimelineJSImportWarning } from './from-timelinejs.js';
export { decodeEntities, htmlToText } from './html-to-text.js';
