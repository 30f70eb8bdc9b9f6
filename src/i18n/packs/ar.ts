/** What a timeline in Arabic needs beyond the entry, in one chunk: the interface strings and the date wording. */
export { templates } from '../generated/locales/ar.js';
export { arEventDates as dates } from '../../dates/locales/ar/event-dates.js';
