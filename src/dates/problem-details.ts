/**
 * How problem messages quote the data and which EDTF dates they suggest ("did you mean"). Until the
 * full details are installed, a value is quoted plainly (a string cut to 80 characters, else its
 * kind) and no date is suggested, so that the element's bundle carries the hint tables and the
 * value previews only for data that has a problem: the element loads `full-problem-details` then,
 * and reads the data again. The Node entries (`event-timeline/dates` and `/data`, the command line,
 * the server renderer) install them when imported. No Lit, no DOM.
 */
export interface ProblemDetails {
  /** A value as a message quotes it; `path` is where it is, for a value nested too deeply. */
  quote(value: unknown, path?: string): string;
  /** EDTF dates a wrongly written date may stand for, most likely first. */
  suggest(input: string): readonly string[];
  /** Whether the full details are installed. */
  readonly full: boolean;
}

export const problemDetails: ProblemDetails = {
  quote: (value) =>
    typeof value === 'string'
      ? JSON.stringify(value.length > 80 ? `${value.slice(0, 79)}…` : value)
      : typeof value === 'object' && value !== null
        ? Array.isArray(value) ? 'a list' : 'an object'
        : String(value),
  suggest: () => [],
  full: false,
};
