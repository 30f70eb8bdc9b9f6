import { languages } from '../../languages/index.js';
import { FALLBACK_LANGUAGE, matchLanguage } from '../../languages/match-language.js';
import { registeredLanguage, type TimelineLanguage } from '../../languages/registry.js';
import { eventDateLocaleOf, type EventDateLocale } from '../event-date-locale.js';
import { arEventDates } from './ar/event-dates.js';
import { ckbEventDates } from './ckb/event-dates.js';
import { enEventDates } from './en/index.js';
import { intlEventDates } from './intl/intl-event-dates.js';

/** The event-date locales the element ships with, one per built-in language. Others can be passed to `formatEventDate` directly. */
export const eventDateLocales: Readonly<Record<string, EventDateLocale>> = /* @__PURE__ */ Object.fromEntries(languages.map((language) => [language.code, eventDateLocaleOf(language)]));

/**
 * The date wording for a BCP 47 tag: a registered language's (`registerTimelineLanguage`), else a
 * built-in one's (`ar-IQ` → `ar`, see `matchLanguage`), else what the platform's `Intl` writes for
 * the language, else English.
 */
export function eventDateLocaleFor(tag: string | undefined): EventDateLocale {
  const wanted = tag ?? '';
  const registered = registeredLanguage(wanted);
  const own = registered && registeredDates(registered);
  if (own) return own;
  const builtIn = matchLanguage(wanted, Object.keys(eventDateLocales));
  if (builtIn) return eventDateLocales[builtIn]!;
  return (wanted && intlEventDates(wanted)) || eventDateLocales[FALLBACK_LANGUAGE]!;
}

const ofRegistered = new WeakMap<TimelineLanguage, EventDateLocale | undefined>();

/** A registered language's dates: its own words or `Intl`'s, in its digits or `Intl`'s default. */
function registeredDates(language: TimelineLanguage): EventDateLocale | undefined {
  if (!ofRegistered.has(language)) {
    const intl = intlEventDates(language.code);
    const base = language.dates ? { ...language.dates, code: language.code, numerals: intl?.numerals ?? 'latn' } : intl;
    ofRegistered.set(language, base && language.numerals ? { ...base, numerals: language.numerals } : base);
  }
  return ofRegistered.get(language);
}

export { arEventDates, ckbEventDates, enEventDates };
