/**
 * The one language fallback chain: which of the available tags serves a wanted one. Used for UI
 * strings, date wording and the texts of the data alike, so they never disagree.
 * 1. the exact tag (`ckb-IQ`), case-insensitive;
 * 2. its base language (`ckb`), or another region of it (`ar` for `ar-IQ`, `ar-IQ` for `ar`).
 * The caller falls back further (the data's language, then English) when nothing matches.
 */
export function matchLanguage<T extends string>(wanted: string, available: readonly T[]): T | undefined {
  const lower = wanted.toLowerCase();
  const base = lower.split('-')[0]!;
  const find = (test: (tag: string) => boolean) => available.find((tag) => test(tag.toLowerCase()));
  return find((tag) => tag === lower) ?? find((tag) => tag === base) ?? find((tag) => tag.split('-')[0] === base);
}

/** The language everything falls back to last: the one the UI strings are written in. */
export const FALLBACK_LANGUAGE = 'en';
