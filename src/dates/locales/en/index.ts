import type { EventDateLocale } from '../../event-date-locale.js';

/** English event dates, day before month as international news writes them: `20 August 2020`. */
export const enEventDates: EventDateLocale = {
  code: 'en',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  numerals: 'latn',
  seasons: ['Spring', 'Summer', 'Autumn', 'Winter'],
  phrases: {
    bce: (year) => `${year} BCE`,
    month: (month, year) => `${month} ${year}`,
    day: (day, month, year) => `${day} ${month} ${year}`,
    dayOfMonth: (day, month) => `${day} ${month}`,
    weekday: (weekday, date) => `${weekday} ${date}`,
    season: (season, year) => `${season} ${year}`,
    dayRange: (first, last, month, year) => `${first}–${last} ${month} ${year}`,
    monthRange: (first, last, year) => `${first} – ${last} ${year}`,
    range: (start, end) => `${start} – ${end}`,
    from: (start) => `From ${start}`,
    until: (end) => `Until ${end}`,
    endUnknown: (start) => `From ${start} (end unknown)`,
    startUnknown: (end) => `Until ${end} (start unknown)`,
    approximate: (date) => `About ${date}`,
    uncertain: (date) => `${date} (uncertain)`,
    uncertainApproximate: (date) => `About ${date} (uncertain)`,
    time: (date, time) => `${date}, ${time}`,
    later: (count, unit) => `${count} ${count === 1 ? unit.slice(0, -1) : unit} later`,
  },
};
