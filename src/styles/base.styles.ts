import { css } from 'lit';

/**
 * What every layout shares: the host, the filters, an event's parts and the line's look. Where
 * the line, the markers and the gutters go is each layout's own stylesheet (layouts/).
 * Every size and side is a logical property (inline-start, block-end…), so that right-to-left
 * languages mirror the whole layout without a single [dir] rule.
 */
export const base = css`
  :host {
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
    padding: 0.25rem;
    /* A long URL or word breaks rather than overflow a phone's 320 px (WCAG 1.4.10, reflow). */
    overflow-wrap: anywhere;
  }

  [part~=heading] {
    font-size: 1.375rem;
    line-height: 1.3;
    margin-block: 0 1rem;
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

  .filters button[aria-pressed=true] {
    border-color: var(--_text);
    font-weight: 600;
  }

  .swatch {
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: var(--_marker-radius);
    background: var(--event-timeline-marker-icon, none) center / contain no-repeat, var(--event-timeline-category-color, var(--_category));
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

  /* Where the line runs is the layout's choice. */
  .line {
    position: absolute;
    opacity: 0.4;
  }

  .event {
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
  }

  /* The category colour and icon are read here, not on the host, so that a page can set them on an
     event's part (::part(category-energy)) and they reach its marker. */
  .marker {
    position: absolute;
    inline-size: var(--_marker);
    block-size: var(--_marker);
    box-sizing: border-box;
    border-radius: var(--_marker-radius);
    background: var(--event-timeline-marker-icon, none) center / 70% no-repeat, var(--event-timeline-category-color, var(--_category, var(--_accent)));
    border: var(--_line-width) solid var(--event-timeline-category-color, var(--_category, var(--_accent)));
  }

  .event:is(.scheduled, .planned) .marker {
    background: var(--event-timeline-marker-icon, none) center / 70% no-repeat, var(--_background);
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

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
