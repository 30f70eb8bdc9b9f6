import { languages } from '../../languages/index.js';
import { FALLBACK_LANGUAGE, matchLanguage } from '../../languages/match-language.js';
import { eventDateLocaleOf, type EventDateLocale } from '../event-date-locale.js';
import { arEventDates } from './ar/event-dates.js';
import { ckbEventDates } from './ckb/event-dates.js';
import { enEventDates } from './en/index.js';

/** The event-date locales the element ships with, one per built-in language. Others can be passed to `formatEventDate` directly. */
export const eventDateLocales: Readonly<Record<string, EventDateLocale>> = /* @__PURE__ */ Object.fromEntries(languages.map((language) => [language.code, eventDateLocaleOf(language)]));

/** The shipped locale for a BCP 47 tag (`ar-IQ` → `ar`, see `matchLanguage`), then English. */
export function eventDateLocaleFor(tag: string | undefined): EventDateLocale {
  return eventDateLocales[matchLanguage(tag ?? '', Object.keys(eventDateLocales)) ?? FALLBACK_LANGUAGE]!;
}

export { arEventDates, ckbEventDates, enEventDates };
