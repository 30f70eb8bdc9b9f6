import { css, type CSSResult } from 'lit';
import type { EventTimelineLayout } from './timeline-options.js';
import { base } from './styles/base.styles.js';
import { alternating } from './styles/layouts/alternating.styles.js';
import { column } from './styles/layouts/column.styles.js';
import { horizontal } from './styles/layouts/horizontal.styles.js';
import { vertical } from './styles/layouts/vertical.styles.js';
import { media } from './styles/media.styles.js';
import { states } from './styles/states.styles.js';
import { tokens } from './styles/tokens.styles.js';

/** One stylesheet per layout: a layout in LAYOUTS without one here is a type error. */
const layouts: Record<EventTimelineLayout, CSSResult> = { vertical, alternating, horizontal };

/**
 * The element's one stylesheet, composed by concern. Each layout's rules apply to its layout only,
 * and only on screen: printed, every layout is the same plain list (media.styles.ts). The layouts
 * are named one by one rather than joined with unsafeCSS, which costs the bundle 74 bytes gzipped.
 */
export const styles = css`${tokens}${base}@media not print{${column}${layouts.vertical}${layouts.alternating}${layouts.horizontal}}${states}${media}`;

/** The stylesheet made again in `view`'s document, for a shadow root moved there (constructed sheets belong to one document). */
export function restyle(root: ShadowRoot, view: (Window & typeof globalThis) | null): void {
  if (!view || !('adoptedStyleSheets' in root)) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(styles.cssText);
  root.adoptedStyleSheets = [sheet];
}
