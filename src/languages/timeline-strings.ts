/**
 * The words of the element's own interface (not the data's, not the dates'): one id per string.
 * Built-in languages translate them in `xliff/<code>.xlf` (@lit/localize); a site adds a language
 * with `registerTimelineLanguage` and these ids. `{0}` and `{1}` stand for the values a string
 * takes, in whatever order the language puts them.
 */
export const STRING_IDS = [
  'timeline',
  'loading',
  'loadFailed',
  'retry',
  'empty',
  'filterByCategory',
  'all',
  'atTheTimeOfWriting',
  'planned',
  'scheduled',
  'asWritten',
  'howDateWasWorkedOut',
  'showDetails',
  'hideDetails',
  'credit',
  'problems',
  'errorTimeout',
  'errorTooLarge',
  'errorNotFound',
  'errorHttp',
  'errorNotTimeline',
  'errorNetwork',
  'earlierEvents',
  'laterEvents',
] as const;

export type TimelineStringId = (typeof STRING_IDS)[number];

/**
 * Every string of the interface, by id. English, for reference: `timeline` "Timeline" (the
 * heading of a timeline with no title), `loading` "Loading the timeline…", `loadFailed` "The
 * timeline could not be loaded.", `retry` "Try again", `empty` "This timeline has no events yet.",
 * `filterByCategory` "Filter events by category", `all` "All", `atTheTimeOfWriting` "At the time
 * of writing", `planned` "Planned", `scheduled` "Scheduled", `asWritten` "As written:",
 * `howDateWasWorkedOut` "How this date was worked out", `showDetails` "Show details",
 * `hideDetails` "Hide details", `credit` "Credit: {0}", `problems` "Problems in the timeline data:
 * {0} left out, {1} ignored", and the reasons a file did not load: `errorTimeout` "The server took
 * too long to answer.", `errorTooLarge` "The timeline file is too large.", `errorNotFound` "The
 * timeline file was not found.", `errorHttp` "The server answered with an error.",
 * `errorNotTimeline` "The file is not timeline data.", `errorNetwork` "The network connection failed.";
 * and the horizontal track's buttons: `earlierEvents` "Earlier events", `laterEvents` "Later events".
 */
export type TimelineStrings = Readonly<Record<TimelineStringId, string>>;

/** A string with its `{0}`, `{1}`… replaced by `values`. */
export function fillPlaceholders(text: string, ...values: readonly (string | number)[]): string {
  return text.replace(/\{(\d)\}/g, (whole, index: string) => (Number(index) < values.length ? String(values[Number(index)]) : whole));
}
