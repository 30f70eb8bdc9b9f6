import { en } from '../../../languages/en/index.js';
import { eventDateLocaleOf } from '../../event-date-locale.js';

/** English event dates, day before month as international news writes them: `20 August 2020`. */
export const enEventDates = /* @__PURE__ */ eventDateLocaleOf(en);
