import { msg, str } from '@lit/localize';
import type { TimelineStrings } from '../languages/timeline-strings.js';

// Placeholders in the str templates, kept in the translated text and filled at render
// (`fillPlaceholders`), so that every string can be worked out once per language.
const P0 = '{0}';
const P1 = '{1}';

/**
 * The interface strings of the language whose @lit/localize templates are active (see
 * `localization.ts`): the one place the element calls `msg`, so that `lit-localize extract` finds
 * every string, each under its id.
 */
export function translatedStrings(): TimelineStrings {
  return {
    timeline: msg('Timeline', { id: 'timeline' }),
    loading: msg('Loading the timeline…', { id: 'loading' }),
    loadFailed: msg('The timeline could not be loaded.', { id: 'loadFailed' }),
    retry: msg('Try again', { id: 'retry' }),
    empty: msg('This timeline has no events yet.', { id: 'empty' }),
    filterByCategory: msg('Filter events by category', { id: 'filterByCategory' }),
    all: msg('All', { id: 'all' }),
    atTheTimeOfWriting: msg('At the time of writing', { id: 'atTheTimeOfWriting' }),
    planned: msg('Planned', { id: 'planned' }),
    scheduled: msg('Scheduled', { id: 'scheduled' }),
    asWritten: msg('As written:', { id: 'asWritten' }),
    howDateWasWorkedOut: msg('How this date was worked out', { id: 'howDateWasWorkedOut' }),
    showDetails: msg('Show details', { id: 'showDetails' }),
    hideDetails: msg('Hide details', { id: 'hideDetails' }),
    credit: msg(str`Credit: ${P0}`, { id: 'credit' }),
    problems: msg(str`Problems in the timeline data: ${P0} left out, ${P1} ignored`, { id: 'problems' }),
    errorTimeout: msg('The server took too long to answer.', { id: 'errorTimeout' }),
    errorTooLarge: msg('The timeline file is too large.', { id: 'errorTooLarge' }),
    errorNotFound: msg('The timeline file was not found.', { id: 'errorNotFound' }),
    errorHttp: msg('The server answered with an error.', { id: 'errorHttp' }),
    errorNotTimeline: msg('The file is not timeline data.', { id: 'errorNotTimeline' }),
    errorNetwork: msg('The network connection failed.', { id: 'errorNetwork' }),
    earlierEvents: msg('Earlier events', { id: 'earlierEvents' }),
    laterEvents: msg('Later events', { id: 'laterEvents' }),
  };
}

/** The interface strings one render uses, and their language when it is not the timeline's. */
export interface UiText {
  readonly strings: TimelineStrings;
  /**
   * Set when the strings are in another language than the timeline around them (English for a
   * language without strings of its own): the elements showing them carry this `lang` and `dir`,
   * which isolates them, so that nothing reorders.
   */
  readonly lang?: string;
  readonly dir?: 'ltr' | 'rtl';
}
