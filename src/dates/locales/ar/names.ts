import { ar } from '../../../languages/ar/index.js';

// The written names from the language module, for the date-fns locale beside this file.
export const monthNames = ar.months.map(([name]) => name);
export const weekdayNames = ar.weekdays.map(([name]) => name);
