import { css } from 'lit';

/**
 * The line that vertical and alternating events hang from, and the space along it: what those two
 * layouts share and neither changes. Which side of the line things sit on is each one's own.
 */
export const column = css`
  :host(:not([layout=horizontal])) .line {
    inset-block: 0.5rem;
    border-inline-start: var(--_line-width) var(--_line-style) var(--_line-color);
  }
  :host(:not([layout=horizontal])) :is(.event, .gap, .now) {
    padding-block-end: var(--_spacing);
  }
  :host(:not([layout=horizontal])) .marker {
    inset-block-start: 0.35em;
  }
`;
