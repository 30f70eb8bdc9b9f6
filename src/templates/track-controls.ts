import { html, nothing, type TemplateResult } from 'lit';
import type { UiText } from '../i18n/ui-strings.js';

/**
 * The horizontal layout's buttons that scroll the track by most of its width, earlier or later:
 * for readers with a mouse and no horizontal wheel. Earlier is at the inline start (the right,
 * right to left) and its arrow points there; keyboard readers also have the arrow keys.
 */
export function trackControlsTemplate(ui: UiText): TemplateResult {
  const { strings, lang = nothing, dir = nothing } = ui;
  return html`<div class="track-controls">
    <button part="track-button earlier-button" type="button" lang=${lang} dir=${dir} aria-label=${strings.earlierEvents} title=${strings.earlierEvents} @click=${scrollTrack(-1)}>
      <span class="arrow" aria-hidden="true">‹</span>
    </button>
    <button part="track-button later-button" type="button" lang=${lang} dir=${dir} aria-label=${strings.laterEvents} title=${strings.laterEvents} @click=${scrollTrack(1)}>
      <span class="arrow" aria-hidden="true">›</span>
    </button>
  </div>`;
}

/** A click handler scrolling the track that follows the buttons, `step` times most of its width, later being forward in its direction. */
const scrollTrack = (step: 1 | -1) => (e: Event) => {
  const list = (e.currentTarget as HTMLElement).closest('.track-controls')?.parentElement?.querySelector<HTMLElement>(':scope > [part~="list"]');
  if (!list) return;
  const forward = getComputedStyle(list).direction === 'rtl' ? -1 : 1;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  list.scrollBy({ left: step * forward * list.clientWidth * 0.8, behavior: reduced ? 'auto' : 'smooth' });
};
