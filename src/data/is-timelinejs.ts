// Apart from the converter, so that the element can recognise TimelineJS data without loading it.
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for data shaped like TimelineJS's (events with `start_date` objects, or a `title` slide with `text`). */
export function isTimelineJS(data: unknown): boolean {
  if (!isObject(data)) return false;
  if (Array.isArray(data.events) && data.events.some((e) => isObject(e) && isObject(e.start_date))) return true;
  return isObject(data.title) && (isObject(data.title.text) || isObject(data.title.media));
}

/**
 * Whether data given with `format` (the element's attribute) is read as TimelineJS and converted:
 * when `format` says so, or, unset, when the data looks like it. The element and the server
 * renderer decide with this one rule.
 */
export function readsAsTimelineJS(data: unknown, format: 'timelinejs' | 'event-timeline' | undefined): boolean {
  return format === 'timelinejs' || (format !== 'event-timeline' && isTimelineJS(data));
}

