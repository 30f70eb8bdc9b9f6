import { css } from 'lit';

/**
 * The public custom properties (`--event-timeline-*`, documented with `@cssprop` on the element),
 * each read once into a private `--_*` that the other stylesheets use, so that a default is written
 * in one place.
 */
export const tokens = css`
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
    --_line-color: var(--event-timeline-line-color, var(--_accent));
    --_line-style: var(--event-timeline-line-style, solid);
    --_marker: var(--event-timeline-marker-size, 0.875rem);
    --_marker-radius: var(--event-timeline-marker-radius, 50%);
    --_spacing: var(--event-timeline-spacing, 1.5rem);
    --_radius: var(--event-timeline-radius, 0.375rem);
    --_gutter: calc(var(--_marker) + 1rem);
  }

  :host([theme=light]) {
    color-scheme: light;
  }

  :host([theme=dark]) {
    color-scheme: dark;
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
`;
