import type { EventDateLocale } from '../dates/event-date-locale.js';
import type { Numerals } from '../dates/numerals.js';
import { matchLanguage } from './match-language.js';
import { STRING_IDS, type TimelineStrings } from './timeline-strings.js';

/** A language a site adds at run time, without rebuilding the library (`registerTimelineLanguage`). */
export interface TimelineLanguage {
  /** BCP 47 tag (`fa`, `de-AT`), matched as the built-in ones are: `fa-IR` finds `fa`. */
  readonly code: string;
  /** `rtl` or `ltr`; by default what the browser's `Intl` says of the language, else a known list. */
  readonly dir?: 'ltr' | 'rtl';
  /** The digits dates are written in, any numbering system `Intl` knows (`arabext`); by default the language's own. */
  readonly numerals?: Numerals;
  /** Every string of the interface. A missing one is a type error, and at run time a warning and the English string. */
  readonly strings: TimelineStrings;
  /**
   * How dates are worded: month and weekday names, the phrases that join them, gaps. By default
   * the browser's `Intl.DateTimeFormat` and `Intl.RelativeTimeFormat` for `code`.
   */
  readonly dates?: Omit<EventDateLocale, 'code' | 'numerals'>;
}

const registered = new Map<string, TimelineLanguage>();
const listeners = new Set<(code: string) => void>();

/**
 * Adds a language (or replaces a built-in one's words) for every `<event-timeline>` on the page,
 * including those already shown: they render again in it. Throws a `RangeError` for a `code` that
 * is not a BCP 47 tag.
 */
export function registerTimelineLanguage(language: TimelineLanguage): void {
  const [code] = Intl.getCanonicalLocales(language.code);
  const missing = STRING_IDS.filter((id) => typeof language.strings?.[id] !== 'string');
  if (missing.length > 0) console.warn(`registerTimelineLanguage("${code}"): no string for ${missing.join(', ')}; the English ones are shown.`);
  registered.set(code!, { ...language, code: code! });
  for (const listener of listeners) listener(code!);
}

/** The registered language that serves `tag` (see `matchLanguage`), if any. */
export function registeredLanguage(tag: string): TimelineLanguage | undefined {
  const code = registered.size === 0 ? undefined : matchLanguage(tag, [...registered.keys()]);
  return code === undefined ? undefined : registered.get(code);
}

/** Calls `listener` with the code of each language registered from now on; returns the unsubscriber. */
export function onLanguageRegistered(listener: (code: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
