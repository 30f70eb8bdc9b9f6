import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { TimelineEvent } from '../data/timeline-data.js';
import { eventTemplate, type EventContext, type EventView } from './event.js';

// Events render in pages of this many, each an <ol role="none"> in the one role="list": a page
// whose inputs did not change is not rendered again, and the styles skip laying out pages off
// screen, so that moving focus or adding the next slice of a long timeline costs a page, not the
// whole list. Even, for the alternating layout's :nth-child.
export const PAGE_SIZE = 50;

export interface EventListView {
  /** The events shown, in order. */
  readonly events: readonly TimelineEvent[];
  /** How many of them are rendered yet (incremental rendering). */
  readonly limit: number;
  /** The id of the event in the tab order. */
  readonly tabStop?: string;
  /** Everything besides focus, highlight and disclosure that every event's rendering depends on. */
  readonly dependencies: readonly unknown[];
  readonly view: (event: TimelineEvent, index: number) => Omit<EventView, 'focusable'>;
  readonly onClick: (e: MouseEvent) => void;
  readonly onKeydown: (e: KeyboardEvent) => void;
}

/** The list of events, in guarded pages. */
export function eventListTemplate(list: EventListView, context: EventContext): TemplateResult {
  const { events, limit, tabStop } = list;
  const pages: unknown[] = [];
  for (let start = 0; start < limit; start += PAGE_SIZE) {
    const page = events.slice(start, Math.min(start + PAGE_SIZE, limit));
    const has = (id: string | undefined) => (id !== undefined && page.some((e) => e.id === id) ? id : '');
    const open = context.collapsed ? page.filter((e) => context.expanded.has(e.id)).map((e) => e.id).join(' ') : '';
    pages.push(
      guard([...list.dependencies, events, page.length, has(tabStop), has(context.highlightedId), open], () =>
        html`<ol role="none" class="page" start=${start + 1}>${page.map((event, i) =>
          eventTemplate(event, { ...list.view(event, start + i), focusable: event.id === tabStop }, context),
        )}</ol>`,
      ),
    );
  }
  return html`<div part="list" class=${events.length > PAGE_SIZE ? 'list long' : 'list'} role="list" @click=${list.onClick} @keydown=${list.onKeydown}>${pages}</div>`;
}
