import type { NameWithVariants } from '../languages/language.js';
import { foldArabicScript } from '../languages/arabic-script.js';

/** One named pattern of a language's temporal expressions, with its resolver and confidence. */
export interface TemporalRule {
  /** e.g. `ckb.weekday`, shown to editors so they can see why a date was proposed. */
  readonly name: string;
  /** Matched against folded text (see `foldWithOffsets`); global. */
  readonly pattern: RegExp;
  /** 0–1: how sure the rule is of the resolved date. */
  readonly confidence: number;
  /** The EDTF the match stands for, relative to the publication day; undefined to drop it. */
  resolve(m: RegExpExecArray, ref: Date, future: boolean): string | undefined;
}

/** What the tagger needs of one language. */
export interface TemporalVocabulary {
  readonly rules: readonly TemporalRule[];
  /** Whether the verb that follows `index` in folded text speaks of the future. */
  speaksOfFuture(folded: string, index: number): boolean;
}

/** A regular-expression alternation of names and their variants, folded, longest first. */
export const nameAlternation = (names: readonly NameWithVariants[]): string =>
  names
    .flat()
    .map(foldArabicScript)
    .sort((a, b) => b.length - a.length)
    .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

/** The index (0-based) of the name a folded word is, among names and their variants; -1 if none. */
export const indexOfName = (names: readonly NameWithVariants[], word: string): number =>
  names.findIndex((variants) => variants.some((v) => foldArabicScript(v) === word));
