import { FALLBACK_LANGUAGE, matchLanguage } from '../../languages/match-language.js';
import { registeredLanguage, type TimelineLanguage } from '../../languages/registry.js';
import type { EventDateLocale } from '../event-date-locale.js';

/** Event-date wording from `Intl` for a language tag (`intlEventDates`), when it is at hand. */
export type IntlEventDates = (tag: string) => EventDateLocale | undefined;

/**
 * The date wording for a BCP 47 tag: a registered language's (`registerTimelineLanguage`), else a
 * built-in one's from `builtIn` (`ar-IQ` → `ar`, see `matchLanguage`), else what the platform's
 * `Intl` writes for the language (when `intl` is given), else English (which `builtIn` must hold).
 */
export function resolveEventDateLocale(tag: string, builtIn: Readonly<Record<string, EventDateLocale>>, intl: IntlEventDates | undefined): EventDateLocale {
  const registered = registeredLanguage(tag);
  const own = registered && registeredDates(registered, intl);
  if (own) return own;
  const code = matchLanguage(tag, Object.keys(builtIn));
  if (code) return builtIn[code]!;
  return (tag && intl?.(tag)) || builtIn[FALLBACK_LANGUAGE]!;
}

/** Whether `tag` needs `Intl`'s date wording: none of `builtInCodes`, nor registered with its own words. */
export function needsIntlDates(tag: string, builtInCodes: readonly string[]): boolean {
  const registered = registeredLanguage(tag);
  if (registered) return registered.dates === undefined;
  return tag !== '' && matchLanguage(tag, builtInCodes) === undefined;
}

const ofRegistered = new WeakMap<TimelineLanguage, EventDateLocale>();

/** A registered language's dates: its own words or `Intl`'s, in its digits or `Intl`'s default. */
function registeredDates(language: TimelineLanguage, intl: IntlEventDates | undefined): EventDateLocale | undefined {
  let dates = ofRegistered.get(language);
  if (!dates) {
    const fromIntl = intl?.(language.code);
    const base = language.dates ? { ...language.dates, code: language.code, numerals: fromIntl?.numerals ?? 'latn' } : fromIntl;
    if (!base) return undefined;
    dates = language.numerals ? { ...base, numerals: language.numerals } : base;
    ofRegistered.set(language, dates);
  }
  return dates;
}
