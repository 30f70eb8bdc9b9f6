import { FALLBACK_LANGUAGE, matchLanguage } from '../languages/match-language.js';
import type { LocalizedText } from './timeline-data.js';

export interface PickedText {
  readonly text: string;
  /** The language the text is really in, for the `lang` attribute of its container. */
  readonly lang: string;
}

/**
 * Picks the best text for a reader's language. Fallback chain, documented for editors:
 * 1. the reader's language as `matchLanguage` finds it (exact tag, base language, another region);
 * 2. English, when the data has it (the language most readers of a translated page can read);
 * 3. the data's language (`fallbackLang`);
 * 4. the first text given.
 * A plain string is in the data's language.
 */
export function pickLocalizedText(value: LocalizedText | undefined, lang: string, fallbackLang: string): PickedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value, lang: fallbackLang };
  const tags = Object.keys(value);
  if (tags.length === 0) return undefined;
  const fallback = fallbackLang.toLowerCase();
  const tag = matchLanguage(lang, tags) ?? matchLanguage(FALLBACK_LANGUAGE, tags) ?? tags.find((t) => t.toLowerCase() === fallback) ?? tags[0]!;
  return { text: value[tag]!, lang: tag };
}
