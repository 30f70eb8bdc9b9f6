import { css } from 'lit';

/**
 * One column, the line at the inline start: the default (the element sets `layout` back to
 * `vertical`, with a warning, when given a value this version does not know).
 */
export const vertical = css`
  :host(:is(:not([layout]), [layout=vertical])) .line {
    inset-inline-start: calc(var(--_marker) / 2 - var(--_line-width) / 2);
  }
  :host(:is(:not([layout]), [layout=vertical])) :is(.entry, .gap, .now) {
    padding-inline-start: var(--_gutter);
  }
  :host(:is(:not([layout]), [layout=vertical])) .marker {
    inset-inline-start: 0;
  }
`;
