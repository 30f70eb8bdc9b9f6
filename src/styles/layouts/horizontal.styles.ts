import { css } from 'lit';

/**
 * A track that scrolls along the inline axis, event by event. Each event has the same rows (what
 * lies between it and the previous one, then its entry), so markers stay on the line.
 */
export const horizontal = css`
  :host([layout=horizontal]) {
    --_between: 2.75rem;
  }

  :host([layout=horizontal]) .list {
    display: flex;
    gap: var(--_spacing);
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline mandatory;
    scroll-padding-inline: 0.25rem;
    padding: 0.25rem 0.25rem 1rem;
  }

  /* Earlier and later: at the track's two ends, their arrows pointing that way in either direction. */
  .track-controls {
    display: flex;
    justify-content: space-between;
    margin-block-end: 0.5rem;
  }

  .track-controls button {
    font: inherit;
    font-size: 1.25rem;
    line-height: 1;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: 50%;
    cursor: pointer;
  }

  .timeline[dir=rtl] .track-controls .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }

  :host([layout=horizontal]) .line {
    inset-block-start: calc(0.25rem + var(--_between) + var(--_marker) / 2 - var(--_line-width) / 2);
    inset-inline: 0;
    border-block-start: var(--_line-width) var(--_line-style) var(--_line-color);
  }

  /* Along the track, pages step aside: the events are the track's items. */
  :host([layout=horizontal]) .page {
    display: contents;
  }

  :host([layout=horizontal]) .event {
    flex: 0 0 var(--event-timeline-event-width, min(18rem, 80%));
    scroll-snap-align: start;
  }

  :host([layout=horizontal]) .between {
    block-size: var(--_between);
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
    padding-block-end: 0.25rem;
    box-sizing: border-box;
    overflow: hidden;
  }

  :host([layout=horizontal]) :is(.gap, .now) {
    font-size: 0.8125rem;
    white-space: nowrap;
  }

  :host([layout=horizontal]) .entry {
    padding-block-start: calc(var(--_marker) + 0.75rem);
  }

  :host([layout=horizontal]) .marker {
    inset-inline-start: 0;
    inset-block-start: 0;
  }
`;
