import type { EventDateLocale } from '../event-date-locale.js';
import { arEventDates } from './ar/event-dates.js';
import { ckbEventDates } from './ckb/event-dates.js';
import { enEventDates } from './en/index.js';

/** The event-date locales the element ships with. Others can be passed to `formatEventDate` directly. */
export const eventDateLocales: Readonly<Record<string, EventDateLocale>> = {
  en: enEventDates,
  ckb: ckbEventDates,
  ar: arEventDates,
};

/**
 * The shipped locale for a BCP 47 tag: exact match, then its base language (`ar-IQ` → `ar`),
 * then English.
 */
export function eventDateLocaleFor(tag: string | undefined): EventDateLocale {
  const lower = (tag ?? '').toLowerCase();
  return eventDateLocales[lower] ?? eventDateLocales[lower.split('-')[0]!] ?? enEventDates;
}

export { arEventDates, ckbEventDates, enEventDates };
