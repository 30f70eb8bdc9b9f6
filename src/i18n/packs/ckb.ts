/** What a timeline in Central Kurdish needs beyond the entry, in one chunk: the interface strings and the date wording. */
export { templates } from '../generated/locales/ckb.js';
export { ckbEventDates as dates } from '../../dates/locales/ckb/event-dates.js';
