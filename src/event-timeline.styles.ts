import { css } from 'lit';

// Every size and side is a logical property (inline-start, block-end…), so that right-to-left
// languages mirror the whole layout without a single [dir] rule.
export const styles = css`
  /* Each colour has a light and a dark value; color-scheme picks one: the reader's preference
     by default (theme="auto"), or the theme attribute. Text keeps 4.5:1 or more in both. */
  :host {
    color-scheme: light dark;
    --_text: var(--event-timeline-text-color, light-dark(#1d2330, #e8eaf0));
    --_muted: var(--event-timeline-muted-color, light-dark(#4b5565, #b4bccb));
    --_background: var(--event-timeline-background, light-dark(transparent, #14171c));
    --_surface: var(--event-timeline-surface, light-dark(#eef1f5, #252a33));
    --_accent: var(--event-timeline-accent-color, light-dark(#0b5cad, #7dbcff));
    --_upcoming: var(--event-timeline-upcoming-color, light-dark(#8a4b00, #f3b062));
    --_danger: light-dark(#b42318, #ff9b8f);

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
    --_line-width: var(--event-timeline-line-width, 2px);
    --_marker: var(--event-timeline-marker-size, 0.875rem);
    --_marker-radius: var(--event-timeline-marker-radius, 50%);
    --_spacing: var(--event-timeline-spacing, 1.5rem);
    --_radius: var(--event-timeline-radius, 0.375rem);
    --_gutter: calc(var(--_marker) + 1rem);

    display: block;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    line-height: var(--event-timeline-line-height, 1.5);
    container-type: inline-size;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
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
    padding: 0.25rem;
  }

  [part~='heading'] {
    font-size: 1.375rem;
    line-height: 1.3;
    margin-block: 0 1rem;
  }

  /* Category colours, by order of first use. */
  .color-1 {
    --_category: var(--event-timeline-category-1, #0b5cad);
  }
  .color-2 {
    --_category: var(--event-timeline-category-2, #0f7b4e);
  }
  .color-3 {
    --_category: var(--event-timeline-category-3, #a3326b);
  }
  .color-4 {
    --_category: var(--event-timeline-category-4, #8a5a00);
  }
  .color-5 {
    --_category: var(--event-timeline-category-5, #5b4fc7);
  }
  .color-6 {
    --_category: var(--event-timeline-category-6, #00748a);
  }

  /* Category filters */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 1.25rem;
  }

  .filters button {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font: inherit;
    font-size: 0.875rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid transparent;
    border-radius: 999px;
    padding: 0.125rem 0.75rem;
    cursor: pointer;
  }

  .filters button[aria-pressed='true'] {
    border-color: var(--_text);
    font-weight: 600;
  }

  .swatch {
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: var(--_marker-radius);
    background: var(--_category);
  }

  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  /* The list and its line */
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    position: relative;
  }

  /* Events come in pages of 50 (an even number: the alternating layout's odd and even stay
     right across pages). Each page is laid out on its own and skipped while off screen, so that
     adding a page to a long timeline does not lay out the others again; the skipped pages stay in
     the DOM, for find-in-page and assistive technology. */
  .page {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* Only in timelines of more than one page: a short one never shows a guessed height. */
  .long > .page {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 400rem;
  }

  .list::before {
    content: '';
    position: absolute;
    inset-block: 0.5rem;
    inset-inline-start: calc(var(--_marker) / 2 - var(--_line-width) / 2);
    border-inline-start: var(--_line-width) solid var(--_accent);
    opacity: 0.4;
  }

  .event {
    padding-block-end: var(--_spacing);
    border-radius: var(--_radius);
    outline-offset: 4px;
  }

  .page:last-child > .event:last-child {
    padding-block-end: 0;
  }

  .event.highlighted .entry {
    background: var(--_surface);
    box-shadow: 0 0 0 0.5rem var(--_surface);
    border-radius: var(--_radius);
  }

  /* The entry holds the marker, so the marker sits beside the date even when a gap precedes it. */
  .entry {
    position: relative;
    padding-inline-start: var(--_gutter);
  }

  .marker {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.35em;
    inline-size: var(--_marker);
    block-size: var(--_marker);
    box-sizing: border-box;
    border-radius: var(--_marker-radius);
    background: var(--_category, var(--_accent));
    border: var(--_line-width) solid var(--_category, var(--_accent));
  }

  .event:is(.scheduled, .planned) .marker {
    background: var(--_background);
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

  .status,
  .category {
    font-size: 0.8125rem;
    font-weight: 600;
    border-radius: 999px;
    padding-inline: 0.5rem;
  }

  .status {
    color: var(--_upcoming);
    border: 1px solid currentColor;
  }

  .category {
    color: var(--_muted);
    background: var(--_surface);
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

  /* Paragraph breaks in a description (imported from TimelineJS HTML, say) stay visible. */
  .description {
    margin-block: 0.25rem 0;
    white-space: pre-line;
  }

  .toggle {
    font: inherit;
    font-size: 0.875rem;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    margin-block-start: 0.25rem;
    cursor: pointer;
    text-decoration: underline;
  }

  .details[hidden] {
    display: none;
  }

  .media {
    margin: 0.5rem 0 0;
  }

  .media img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* Without intrinsic sizes in the data, reserve a 16:9 box so nothing below jumps when it loads. */
  .media img.unsized {
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }

  .media figcaption {
    font-size: 0.8125rem;
    color: var(--_muted);
    margin-block-start: 0.25rem;
  }

  .credit {
    margin-inline-start: 0.5rem;
  }

  .links {
    margin: 0.375rem 0 0;
    padding-inline-start: 1.25rem;
    font-size: 0.875rem;
  }

  a {
    color: var(--_accent);
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

  .gap,
  .now {
    margin: 0;
    padding-inline-start: var(--_gutter);
    padding-block-end: var(--_spacing);
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .gap {
    font-style: italic;
  }

  /* "At the time of writing": a rule across the timeline between past and upcoming events. */
  .now {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 600;
    color: var(--_upcoming);
  }

  .now::after {
    content: '';
    flex: 1;
    border-block-start: 1px dashed var(--_upcoming);
  }

  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  /* Alternating: both sides of a central line, when the timeline is wide enough. */
  @container (min-width: 40rem) {
    :host([layout='alternating']) .list::before {
      inset-inline-start: calc(50% - var(--_line-width) / 2);
    }
    :host([layout='alternating']) .event:nth-child(odd) {
      margin-inline-end: 50%;
    }
    :host([layout='alternating']) .event:nth-child(even) {
      margin-inline-start: 50%;
    }
    :host([layout='alternating']) .event:nth-child(odd) :is(.entry, .gap, .now) {
      padding-inline: 0 var(--_gutter);
      text-align: end;
    }
    :host([layout='alternating']) .event:nth-child(odd) .date-line {
      justify-content: flex-end;
    }
    :host([layout='alternating']) .event:nth-child(odd) .marker {
      inset-inline-start: auto;
      inset-inline-end: calc(var(--_marker) / -2);
    }
    :host([layout='alternating']) .event:nth-child(even) .marker {
      inset-inline-start: calc(var(--_marker) / -2);
    }
  }

  /* Horizontal: a track that scrolls along the inline axis, event by event. Each event has the
     same rows (what lies between it and the previous one, then its entry), so markers stay on the line. */
  :host([layout='horizontal']) {
    --_between: 2.75rem;
  }

  :host([layout='horizontal']) .list {
    display: flex;
    gap: var(--_spacing);
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline mandatory;
    scroll-padding-inline: 0.25rem;
    padding: 0.25rem 0.25rem 1rem;
  }

  :host([layout='horizontal']) .list::before {
    inset-block: auto;
    inset-block-start: calc(0.25rem + var(--_between) + var(--_marker) / 2 - var(--_line-width) / 2);
    inset-inline: 0;
    border-inline-start: 0;
    border-block-start: var(--_line-width) solid var(--_accent);
  }

  /* Along the track, pages step aside: the events are the track's items. */
  :host([layout='horizontal']) .page {
    display: contents;
  }

  :host([layout='horizontal']) .event {
    flex: 0 0 var(--event-timeline-event-width, min(18rem, 80%));
    scroll-snap-align: start;
    padding-block-end: 0;
  }

  :host([layout='horizontal']) .between {
    block-size: var(--_between);
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
    padding-block-end: 0.25rem;
    box-sizing: border-box;
    overflow: hidden;
  }

  :host([layout='horizontal']) :is(.gap, .now) {
    padding: 0;
    font-size: 0.8125rem;
    white-space: nowrap;
  }

  :host([layout='horizontal']) .entry {
    padding-inline-start: 0;
    padding-block-start: calc(var(--_marker) + 0.75rem);
  }

  :host([layout='horizontal']) .marker {
    inset-block-start: 0;
  }

  /* States */
  .loading {
    display: grid;
    gap: var(--_spacing);
  }

  .skeleton {
    block-size: 3.5rem;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, rgb(128 128 128 / 0.12), rgb(128 128 128 / 0.24), rgb(128 128 128 / 0.12));
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

  .error,
  .empty {
    margin: 0;
    padding: 1rem;
    border-radius: var(--_radius);
    border: 1px solid rgb(128 128 128 / 0.4);
  }

  .error p {
    margin-block: 0 0.5rem;
  }

  .error-detail {
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .error button {
    font: inherit;
    color: var(--_background);
    background: var(--_text);
    border: 0;
    border-radius: var(--_radius);
    padding: 0.375rem 1rem;
    cursor: pointer;
  }

  .problems {
    margin-block-start: 1.5rem;
    padding: 0.75rem 1rem;
    font-size: 0.875rem;
    border: 1px dashed var(--_danger);
    border-radius: var(--_radius);
  }

  .problems summary {
    cursor: pointer;
    color: var(--_danger);
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

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
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
    .list::before {
      border-color: CanvasText;
      opacity: 1;
    }
    .filters button[aria-pressed='true'] {
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
    .toggle,
    .marker,
    .list::before,
    .problems,
    .date-note summary {
      display: none;
    }
    :host([layout]) :is(.list, .page) {
      display: block;
      overflow: visible;
      content-visibility: visible;
    }
    :host([layout]) .event {
      margin: 0;
      padding-block-end: 1rem;
      break-inside: avoid;
    }
    :host([layout]) .between {
      block-size: auto;
    }
    :host([layout]) .entry,
    :host([layout]) :is(.gap, .now) {
      padding: 0;
      text-align: start;
    }
    .details[hidden] {
      display: block;
    }
  }
`;
