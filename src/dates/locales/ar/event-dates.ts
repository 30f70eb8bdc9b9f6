import { ar } from '../../../languages/ar/index.js';
import { eventDateLocaleOf } from '../../event-date-locale.js';

/** Arabic event dates as Iraqi news writes them: «حزيران ٢٠١٩», «٢٠ آب ٢٠٢٠», Arabic-Indic digits. */
export const arEventDates = /* @__PURE__ */ eventDateLocaleOf(ar);
