import { ckb } from '../../../languages/ckb/index.js';

// The written names from the language module, for the date-fns locale beside this file.
export const monthNames = ckb.months.map(([name]) => name);
export const weekdayNames = ckb.weekdays.map(([name]) => name);
