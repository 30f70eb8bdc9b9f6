import { configureLocalization, type LocaleModule } from '@lit/localize';
import { matchLanguage } from '../languages/match-language.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];

// One loader per locale, so that a bundler splits each into its own chunk: only the active
// locale's strings are fetched. Written out because bundlers split only literal import paths;
// typed by lit-localize's target locales, so a locale without its loader fails to compile.
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
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

/** The UI locale for a BCP 47 tag (`ar-IQ` → `ar`, see `matchLanguage`), English otherwise. */
export function uiLocaleFor(lang: string): UiLocale {
  return matchLanguage(lang, targetLocales) ?? sourceLocale;
}
