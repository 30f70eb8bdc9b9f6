/**
 * Month names of every built-in language with their spelling variants, folded, for recognising
 * dates written in words (the "did you mean" hints). Formatting uses the written names only.
 */
import { foldArabicScript } from '../languages/arabic-script.js';
import { languages } from '../languages/index.js';

const FOLDED: readonly (readonly [string, number])[] = languages
  .flatMap((language) => language.months.flatMap((names, index) => names.map((name) => [foldArabicScript(name), index + 1] as const)))
  .sort((a, b) => b[0].length - a[0].length);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular-expression source matching any month name (folded), longest first. */
export const MONTH_NAME_PATTERN = FOLDED.map(([name]) => escape(name)).join('|');

/** The month number (1–12) of a folded month name, or undefined. */
export function monthNumberOf(foldedName: string): number | undefined {
  return FOLDED.find(([name]) => name === foldedName)?.[1];
}
