import { css } from 'lit';

export const styles = css`
  :host {
    --_font: var(
      --event-timeline-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      'Noto Sans',
      'Noto Naskh Arabic',
      'Noto Sans Arabic',
      'Vazirmatn',
      Tahoma,
      sans-serif
    );
    --_text: var(--event-timeline-text-color, #1d2330);
    --_muted: var(--event-timeline-muted-color, #4b5565);
    --_background: var(--event-timeline-background, transparent);
    --_accent: var(--event-timeline-accent-color, #0b5cad);
    --_upcoming: var(--event-timeline-upcoming-color, #8a4b00);
    --_line-width: var(--event-timeline-line-width, 2px);
    --_marker: var(--event-timeline-marker-size, 0.875rem);
    --_spacing: var(--event-timeline-spacing, 1.5rem);
    --_gutter: calc(var(--_marker) + 1rem);

    display: block;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    line-height: var(--event-timeline-line-height, 1.5);
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  /* Arabic script has tall ascenders and dots below: more room between lines. */
  :lang(ckb),
  :lang(ar),
  :lang(fa),
  :lang(ur) {
    line-height: var(--event-timeline-line-height, 1.8);
  }

  .timeline {
    margin: 0;
  }

  h2 {
    font-size: 1.375rem;
    line-height: 1.3;
    margin-block: 0 1rem;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    position: relative;
  }

  /* The line runs along the inline-start side: left in English, right in Kurdish and Arabic. */
  .list::before {
    content: '';
    position: absolute;
    inset-block: 0.5rem 0.5rem;
    inset-inline-start: calc(var(--_marker) / 2 - var(--_line-width) / 2);
    border-inline-start: var(--_line-width) solid var(--_accent);
    opacity: 0.35;
  }

  .event {
    padding-block-end: var(--_spacing);
  }

  /* The entry holds the marker, so the marker sits beside the date even when a gap precedes it. */
  .entry {
    position: relative;
    padding-inline-start: var(--_gutter);
  }

  .event:last-child {
    padding-block-end: 0;
  }

  .marker {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.35em;
    inline-size: var(--_marker);
    block-size: var(--_marker);
    box-sizing: border-box;
    border-radius: 50%;
    background: var(--_accent);
    border: var(--_line-width) solid var(--_accent);
  }

  .event[data-status='scheduled'] .marker,
  .event[data-status='planned'] .marker {
    background: var(--event-timeline-background, Canvas);
    border-color: var(--_upcoming);
    border-style: dashed;
  }

  .date-line {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }

  time {
    font-weight: 600;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .status {
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_upcoming);
    border: 1px solid currentColor;
    border-radius: 999px;
    padding-inline: 0.5rem;
  }

  .date-wording {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .title {
    font-size: 1.0625rem;
    line-height: 1.4;
    margin-block: 0.25rem 0;
  }

  .description {
    margin-block: 0.25rem 0;
  }

  .date-note {
    margin-block-start: 0.375rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .date-note summary {
    cursor: pointer;
    color: var(--_accent);
    inline-size: fit-content;
  }

  .date-note p {
    margin-block: 0.25rem 0;
  }

  .gap {
    margin: 0;
    padding-inline-start: var(--_gutter);
    padding-block-end: var(--_spacing);
    font-size: 0.875rem;
    font-style: italic;
    color: var(--_muted);
  }

  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .loading {
    display: grid;
    gap: var(--_spacing);
  }

  .skeleton {
    block-size: 3.5rem;
    border-radius: 0.375rem;
    background: linear-gradient(90deg, rgb(128 128 128 / 0.12), rgb(128 128 128 / 0.22), rgb(128 128 128 / 0.12));
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }

  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  .error,
  .empty {
    padding: 1rem;
    border-radius: 0.375rem;
    border: 1px solid rgb(128 128 128 / 0.4);
  }

  .error p {
    margin-block: 0 0.5rem;
  }

  .error-detail {
    font-size: 0.875rem;
    color: var(--_muted);
  }

  button {
    font: inherit;
    color: #fff;
    background: var(--_accent);
    border: 0;
    border-radius: 0.375rem;
    padding: 0.375rem 1rem;
    cursor: pointer;
  }

  .problems {
    margin-block-start: 1.5rem;
    padding: 0.75rem 1rem;
    font-size: 0.875rem;
    border: 1px dashed #b42318;
    border-radius: 0.375rem;
    color: var(--_text);
  }

  .problems summary {
    cursor: pointer;
    color: #b42318;
  }

  .problems ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
    text-align: start;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .marker {
      background: CanvasText;
      border-color: CanvasText;
    }
    .list::before {
      border-color: CanvasText;
      opacity: 1;
    }
  }
`;
