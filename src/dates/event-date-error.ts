// A message quotes at most this much of the input: a 1 MB value makes a one-line message.
const QUOTED = 80;
const quote = (input: string): string => JSON.stringify(input.length > QUOTED ? `${input.slice(0, QUOTED - 1)}…` : input);

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
    super(`${quote(input)} is not an EDTF date${hint(reason, suggestion, alternative)}`);
  }
}

function hint(reason: string, suggestion?: string, alternative?: string): string {
  if (!suggestion) return `: ${reason}`;
  if (!alternative) return `; did you mean ${JSON.stringify(suggestion)}?`;
  return `; did you mean ${JSON.stringify(suggestion)} (day/month) or ${JSON.stringify(alternative)} (month/day)?`;
}
