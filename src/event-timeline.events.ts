import type { Timeline, TimelineEvent, TimelineProblem } from './data/timeline-data.js';

export interface EventTimelineLoadDetail {
  readonly timeline: Timeline;
  readonly problems: readonly TimelineProblem[];
}

export interface EventTimelineErrorDetail {
  /** Why loading failed (network, HTTP status, JSON syntax), when it did. */
  readonly error?: Error;
  /** What was wrong in the data: events left out, fields ignored. */
  readonly problems: readonly TimelineProblem[];
}

export interface EventTimelineSelectDetail {
  readonly event: TimelineEvent;
}

/** The events `<event-timeline>` fires, by name: `emit` is checked against it. */
export interface EventTimelineEventMap {
  'event-timeline-load': EventTimelineLoadDetail;
  'event-timeline-error': EventTimelineErrorDetail;
  'event-timeline-select': EventTimelineSelectDetail;
}

/** Dispatches one of the element's documented events (`@fires`), bubbling and composed. */
export function emit<K extends keyof EventTimelineEventMap>(target: EventTarget, name: K, detail: EventTimelineEventMap[K]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
