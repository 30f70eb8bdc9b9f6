import { ckb } from '../../../languages/ckb/index.js';
import { eventDateLocaleOf } from '../../event-date-locale.js';

/** Central Kurdish event dates: «٢٠ی ئابی ٢٠٢٠», «حوزەیرانی ٢٠١٩», Eastern Arabic digits. */
export const ckbEventDates = /* @__PURE__ */ eventDateLocaleOf(ckb);
