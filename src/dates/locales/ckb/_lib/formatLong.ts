import type { FormatLong } from 'date-fns';
import { buildFormatLongFn } from '../../_lib/build-locale-fns.js';

// Day and month take the izafe «ی» before what follows: «٢٠ی ئابی ٢٠٢٠». The month token
// MMMM in formatting context already carries it (see localize), the day needs it written.
const dateFormats = {
  full: "EEEE، d'ی' MMMM y",
  long: "d'ی' MMMM y",
  medium: "d'ی' MMM y",
  short: 'y/M/d',
};

const timeFormats = {
  full: 'HH:mm:ss zzzz',
  long: 'HH:mm:ss z',
  medium: 'HH:mm:ss',
  short: 'HH:mm',
};

const dateTimeFormats = {
  full: "{{date}}، 'کاتژمێر' {{time}}",
  long: "{{date}}، 'کاتژمێر' {{time}}",
  medium: '{{date}}، {{time}}',
  short: '{{date}}، {{time}}',
};

export const formatLong: FormatLong = {
  date: buildFormatLongFn({ formats: dateFormats, defaultWidth: 'full' }),
  time: buildFormatLongFn({ formats: timeFormats, defaultWidth: 'full' }),
  dateTime: buildFormatLongFn({ formats: dateTimeFormats, defaultWidth: 'full' }),
};
