/**
 * Data as `<event-timeline>` reads it, for renders that happen before the element runs: TimelineJS
 * converted when `format` says so or, unset, when the data looks like it — the rule and the
 * conversion of the element's DataSourceController, done up front so that the server renders the
 * events rather than the loading state the element shows while it loads the converter.
 */
import { fromTimelineJS, type TimelineJSImportWarning } from '../data/from-timelinejs.js';
import { readsAsTimelineJS } from '../data/is-timelinejs.js';
import type { EventTimelineFormat } from '../timeline-options.js';

/** `json` in this package's format, and what a TimelineJS conversion could not keep. */
interface TimelineInput {
  readonly data: unknown;
  /** Whether `data` is a conversion of TimelineJS `json`. */
  readonly converted: boolean;
  readonly warnings: readonly TimelineJSImportWarning[];
}

/**
 * `json` as the element would read it with `format`. `lang` is the language of the converted
 * texts, as the element's: its `lang`, else `en`.
 */
export function readTimelineInput(json: unknown, format: EventTimelineFormat | undefined, lang: string | undefined): TimelineInput {
  if (!readsAsTimelineJS(json, format)) return { data: json, converted: false, warnings: [] };
  const { data, warnings } = fromTimelineJS(json, { lang: lang || 'en' });
  return { data, converted: true, warnings };
}
