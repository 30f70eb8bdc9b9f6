import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];

// One loader per locale, so that a bundler splits each into its own chunk: only the active
// locale's strings are fetched.
const loaders = {
  ckb: () => import('./generated/locales/ckb.js'),
  ar: () => import('./generated/locales/ar.js'),
};

/**
 * @lit/localize in runtime mode. Its active locale is one per page: when elements on one page
 * ask for different languages, their own strings follow the last one asked for, while their
 * dates and content still follow each element's language.
 */
export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
});

/** The UI locale for a BCP 47 tag: its base language when we have it, English otherwise. */
export function uiLocaleFor(lang: string): UiLocale {
  const base = lang.toLowerCase().split('-')[0]!;
  return (targetLocales as readonly string[]).includes(base) ? (base as UiLocale) : sourceLocale;
}
