// Apart from the converter, so that the element can recognise TimelineJS data without loading it.
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for data shaped like TimelineJS's (events with `start_date` objects, or a `title` slide with `text`). */
export function isTimelineJS(data: unknown): boolean {
  if (!isObject(data)) return false;
  if (Array.isArray(data.events) && data.events.some((e) => isObject(e) && isObject(e.start_date))) return true;
  return isObject(data.title) && (isObject(data.title.text) || isObject(data.title.media));
}

