import { css } from 'lit';

/**
 * The reader's media: forced colours, reduced motion and print. Layouts apply on screen only (see
 * event-timeline.styles.ts), so print starts from the shared base and needs to undo no layout.
 */
export const media = css`
  @media (prefers-reduced-motion: reduce) {
    .list {
      scroll-behavior: auto;
    }
  }

  @media (forced-colors: active) {
    .marker,
    .swatch {
      background: CanvasText;
      border-color: CanvasText;
      forced-color-adjust: none;
    }
    .line {
      border-color: CanvasText;
      opacity: 1;
    }
    .filters button[aria-pressed=true] {
      border-color: Highlight;
    }
  }

  /* Printed, the timeline is a plain list: every event, its details, no controls. */
  @media print {
    :host {
      color-scheme: light;
      --_text: #000;
      --_muted: #333;
    }
    .filters,
    .track-controls,
    .toggle,
    .marker,
    .line,
    .problems,
    .date-note summary {
      display: none;
    }
    .long > .page {
      content-visibility: visible;
    }
    .event {
      padding-block-end: 1rem;
      break-inside: avoid;
    }
    .details[hidden] {
      display: block;
    }
  }
`;
