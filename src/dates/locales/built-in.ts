import { languages } from '../../languages/index.js';
import { eventDateLocaleOf, type EventDateLocale } from '../event-date-locale.js';

/** The event-date locales the element ships with, one per built-in language. Others can be passed to `formatEventDate` directly. */
export const eventDateLocales: Readonly<Record<string, EventDateLocale>> = /* @__PURE__ */ Object.fromEntries(languages.map((language) => [language.code, eventDateLocaleOf(language)]));
