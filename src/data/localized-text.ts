import type { LocalizedText } from './timeline-data.js';

export interface PickedText {
  readonly text: string;
  /** The language the text is really in, for the `lang` attribute of its container. */
  readonly lang: string;
}

/**
 * Picks the best text for a reader's language. Fallback chain, documented for editors:
 * 1. the exact tag (`ckb-IQ`), case-insensitive;
 * 2. its base language (`ckb`), or another region of it (`ar` for `ar-IQ`, `ar-IQ` for `ar`);
 * 3. the data's language (`fallbackLang`);
 * 4. the first text given.
 * A plain string is in the data's language.
 */
export function pickLocalizedText(value: LocalizedText | undefined, lang: string, fallbackLang: string): PickedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value, lang: fallbackLang };
  const entries = Object.entries(value);
  if (entries.length === 0) return undefined;
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0]!;
  const find = (test: (tag: string) => boolean) => entries.find(([tag]) => test(tag.toLowerCase()));
  const [tag, text] =
    find((tag) => tag === wanted) ??
    find((tag) => tag === base) ??
    find((tag) => tag.split('-')[0] === base) ??
    find((tag) => tag === fallbackLang.toLowerCase()) ??
    entries[0]!;
  return { text, lang: tag };
}
