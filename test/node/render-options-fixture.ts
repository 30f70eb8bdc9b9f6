// What the tests of the server renderer and of `event-timeline render` share: one value for every
// render option (a new option does not compile until it is given one here) and a reader of the
// rendered `<event-timeline>` tag.
import type { RenderTimelineOptions } from '../../src/ssr/render-timeline.js';

/** Every render option, none at its default: Kurdish written left to right with Latin digits… */
export const EVERY_OPTION: Required<RenderTimelineOptions> = {
  lang: 'ckb',
  dir: 'ltr',
  layout: 'horizontal',
  order: 'newest-first',
  theme: 'dark',
  headingLevel: 3,
  numerals: 'latn',
  gaps: true,
  weekdays: true,
  collapsed: true,
  format: 'event-timeline',
};

/** The attributes of the first `<event-timeline>` tag in `html`, by name. */
export function hostAttributes(html: string): Map<string, string> {
  const tag = /<event-timeline\b([^>]*)>/.exec(html);
  if (!tag) throw new Error('no <event-timeline> tag');
  return new Map([...tag[1]!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name!, value ?? '']));
}
