/**
 * The closed lists of `<event-timeline>`'s options, written once: the element, the server renderer,
 * the command line, the stories, the screenshots and the tests all read them from here. Adding a
 * layout starts with this list (and its stylesheet in `src/styles/layouts/`). No Lit, no DOM.
 */

/** How events are laid out: one column, both sides of a central line, or a scrollable track. */
export const LAYOUTS = ['vertical', 'alternating', 'horizontal'] as const;
export type EventTimelineLayout = (typeof LAYOUTS)[number];

/** Colour schemes: `auto` follows the reader's `prefers-color-scheme`. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type EventTimelineTheme = (typeof THEMES)[number];

/** The order events are shown in: oldest first (the default), or newest first. */
export const ORDERS = ['oldest-first', 'newest-first'] as const;
export type EventTimelineOrder = (typeof ORDERS)[number];

/** True when `value` is one of `list` (an attribute's value, a command-line option). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** `value` when it is one of `list`; else, with one console warning naming the option, `fallback`. */
export function oneOf<T extends string>(list: readonly T[], name: string, value: unknown, fallback: T): T {
  if (isOneOf(list, value)) return value;
  console.warn(`<event-timeline>: ${name}="${String(value)}" is not one of ${list.join(', ')}; using ${fallback}.`);
  return fallback;
}

/** Forced directions; unset, the direction follows the language. */
export const DIRECTIONS = ['ltr', 'rtl'] as const;
export type EventTimelineDirection = (typeof DIRECTIONS)[number];

/** Levels of the timeline's heading (2 by default); event titles are one level below. */
export const HEADING_LEVELS = [1, 2, 3, 4, 5] as const;
export type EventTimelineHeadingLevel = (typeof HEADING_LEVELS)[number];

/** Data formats: Knight Lab TimelineJS JSON (converted when read), or this package's (never converted). */
export const FORMATS = ['timelinejs', 'event-timeline'] as const;
export type EventTimelineFormat = (typeof FORMATS)[number];
