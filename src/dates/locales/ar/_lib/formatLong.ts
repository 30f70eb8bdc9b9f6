import type { FormatLong } from 'date-fns';
import { buildFormatLongFn } from '../../_lib/build-locale-fns.js';

export const formatLong: FormatLong = {
  date: buildFormatLongFn({
    formats: { full: 'EEEE، d MMMM y', long: 'd MMMM y', medium: 'd MMM y', short: 'd/M/y' },
    defaultWidth: 'full',
  }),
  time: buildFormatLongFn({
    formats: { full: 'HH:mm:ss zzzz', long: 'HH:mm:ss z', medium: 'HH:mm:ss', short: 'HH:mm' },
    defaultWidth: 'full',
  }),
  dateTime: buildFormatLongFn({
    formats: {
      full: "{{date}}، 'الساعة' {{time}}",
      long: "{{date}}، 'الساعة' {{time}}",
      medium: '{{date}}، {{time}}',
      short: '{{date}}، {{time}}',
    },
    defaultWidth: 'full',
  }),
};
