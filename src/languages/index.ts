import { ar } from './ar/index.js';
import { ckb } from './ckb/index.js';
import { en } from './en/index.js';
import type { Language } from './language.js';

/** The built-in languages: adding one here (plus its `xliff/<code>.xlf`) is all a new one needs. */
export const languages: readonly Language[] = [en, ckb, ar];

/** The built-in language for a BCP 47 tag: exact, then its base language (`ar-IQ` → `ar`), or undefined. */
export function languageFor(tag: string | undefined): Language | undefined {
  const lower = (tag ?? '').toLowerCase();
  const base = lower.split('-')[0];
  return languages.find((l) => l.code === lower) ?? languages.find((l) => l.code === base);
}

export { ar, ckb, en };
export type { Language, NameWithVariants } from './language.js';
