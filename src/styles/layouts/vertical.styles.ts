import { css } from 'lit';

/**
 * One column, the line at the inline start. Also what a layout value this version does not know
 * shows, hence "no other layout" rather than [layout=vertical].
 */
export const vertical = css`
  :host(:not([layout=alternating], [layout=horizontal])) .list::before {
    inset-inline-start: calc(var(--_marker) / 2 - var(--_line-width) / 2);
  }
  :host(:not([layout=alternating], [layout=horizontal])) :is(.entry, .gap, .now) {
    padding-inline-start: var(--_gutter);
  }
  :host(:not([layout=alternating], [layout=horizontal])) .marker {
    inset-inline-start: 0;
  }
`;
