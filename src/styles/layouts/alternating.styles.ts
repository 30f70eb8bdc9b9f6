import { css } from 'lit';

/**
 * Both sides of a central line when the timeline is at least 40rem wide; one column, as vertical's,
 * below (its own rules, so that the vertical layout's never reach it).
 */
export const alternating = css`
  :host([layout=alternating]) .line {
    inset-inline-start: calc(var(--_marker) / 2 - var(--_line-width) / 2);
  }
  :host([layout=alternating]) :is(.entry, .gap, .now) {
    padding-inline-start: var(--_gutter);
  }
  :host([layout=alternating]) .marker {
    inset-inline-start: 0;
  }

  @container (min-width: 40rem) {
    :host([layout=alternating]) .line {
      inset-inline-start: calc(50% - var(--_line-width) / 2);
    }
    :host([layout=alternating]) .event:nth-child(odd) {
      margin-inline-end: 50%;
    }
    :host([layout=alternating]) .event:nth-child(even) {
      margin-inline-start: 50%;
    }
    :host([layout=alternating]) .event:nth-child(odd) :is(.entry, .gap, .now) {
      padding-inline: 0 var(--_gutter);
      text-align: end;
    }
    :host([layout=alternating]) .event:nth-child(odd) .date-line {
      justify-content: flex-end;
    }
    :host([layout=alternating]) .event:nth-child(odd) .marker {
      inset-inline-start: auto;
      inset-inline-end: calc(var(--_marker) / -2);
    }
    :host([layout=alternating]) .event:nth-child(even) .marker {
      inset-inline-start: calc(var(--_marker) / -2);
    }
  }
`;
