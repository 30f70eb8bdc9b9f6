import type { EventDateLocale } from '../event-date-locale.js';
import { arEventDates } from './ar/event-dates.js';
import { eventDateLocales } from './built-in.js';
import { ckbEventDates } from './ckb/event-dates.js';
import { enEventDates } from './en/index.js';
import { intlEventDates } from './intl/intl-event-dates.js';
import { resolveEventDateLocale } from './resolve.js';

/**
 * The date wording for a BCP 47 tag: a registered language's (`registerTimelineLanguage`), else a
 * built-in one's (`ar-IQ` → `ar`), else what the platform's `Intl` writes for the language
 * (`intlEventDates`), else English.
 */
export function eventDateLocaleFor(tag: string | undefined): EventDateLocale {
  return resolveEventDateLocale(tag ?? '', eventDateLocales, intlEventDates);
}

export { arEventDates, ckbEventDates, enEventDates, eventDateLocales, intlEventDates };
