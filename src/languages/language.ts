import type { EventDatePhrases } from '../dates/event-date-locale.js';
import type { Numerals } from '../dates/numerals.js';

/** A name as running text writes it, then the spelling variants a reader meets in the wild. */
export type NameWithVariants = readonly [written: string, ...variants: string[]];

/**
 * Everything the library knows about one language apart from its UI strings (those are
 * @lit/localize's, in `xliff/<code>.xlf`). One module per language satisfies this shape, so a
 * missing piece is a type error.
 */
export interface Language {
  /** BCP 47 language tag, e.g. `ckb`. */
  readonly code: string;
  readonly direction: 'ltr' | 'rtl';
  /** The digits the language writes dates in by default. */
  readonly numerals: Numerals;
  /** January to December. */
  readonly months: readonly NameWithVariants[];
  /** Sunday to Saturday. */
  readonly weekdays: readonly NameWithVariants[];
  /** Spring, summer, autumn, winter. */
  readonly seasons: readonly [string, string, string, string];
  /** The phrases that join the parts of an event date. */
  readonly phrases: EventDatePhrases;
  /** Words that may stand before a date written in words and mean only "in"/"on": `in June 2019`. */
  readonly datePrepositions: readonly string[];
}
