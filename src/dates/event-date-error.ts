import { problemText } from './problem-details.js';

/** The one error type the date parser throws: it names the input, what was expected and, when it can, a fix. */
export class EventDateError extends Error {
  override readonly name = 'EventDateError';

  constructor(
    /** The string that was given. */
    readonly input: string,
    /** Why it was rejected, e.g. `month 13 is out of range`. */
    readonly reason: string,
    /** A valid EDTF string the input probably meant, e.g. `2019-06` for `June 2019`. */
    readonly suggestion?: string,
    /** The other reading when day and month could be either way round: `2020-08-06` beside `2020-06-08` for `08/06/2020`. */
    readonly alternative?: string,
  ) {
    super(problemText('not-a-date', input, reason, suggestion, alternative));
  }
}
