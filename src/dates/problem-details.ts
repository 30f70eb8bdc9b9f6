import type { DateProblemMessages } from './date-problem-messages.js';

/**
 * What problem messages say and which EDTF dates they suggest ("did you mean"). The parsers name
 * each problem by an id and its arguments; until the full details are installed, a problem's text
 * is its id and no date is suggested, so that the element's bundle carries the sentences, the hint
 * tables and the value previews only for data that has a problem: the element loads
 * `full-problem-details` then, and reads the data again. The Node entries (`event-timeline/dates`
 * and `/data`, the command line, the server renderer) install them when imported. No Lit, no DOM.
 */
export interface ProblemDetails {
  /** The English text of problem `id` about `args`. */
  text(id: string, args: readonly unknown[]): string;
  /** EDTF dates a wrongly written date may stand for, most likely first. */
  suggest(input: string): readonly string[];
  /** Whether the full details are installed. */
  readonly full: boolean;
}

export const problemDetails: ProblemDetails = {
  text: (id) => id,
  suggest: () => [],
  full: false,
};

/** The text of a date problem, typed by its id (see `date-problem-messages.ts`). */
export const problemText = <K extends keyof DateProblemMessages>(id: K, ...args: Parameters<DateProblemMessages[K]>): string => problemDetails.text(id, args);
