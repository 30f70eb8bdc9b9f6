import { html, nothing, type TemplateResult } from 'lit';
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
  /** A page beyond `limit` rendered ahead of it (a far event the reader jumped to). */
  readonly ahead?: { readonly from: number; readonly to: number };
  /** The id of the event in the tab order. */
  readonly tabStop?: string;
  /** Everything besides focus, highlight and disclosure that every event's rendering depends on. */
  readonly dependencies: readonly unknown[];
  readonly view: (event: TimelineEvent, index: number) => Omit<EventView, 'focusable'>;
  readonly onClick: (e: MouseEvent) => void;
  readonly onKeydown: (e: KeyboardEvent) => void;
}

/** One page of events, `from` to `to`, guarded: rendered again only when what it shows changed. */
function pageTemplate(list: EventListView, context: EventContext, from: number, to: number): unknown {
  const { events, tabStop } = list;
  const page = events.slice(from, to);
  const has = (id: string | undefined) => (id !== undefined && page.some((e) => e.id === id) ? id : '');
  const open = context.collapsed ? page.filter((e) => context.expanded.has(e.id)).map((e) => e.id).join(' ') : '';
  return guard([...list.dependencies, events, page.length, has(tabStop), has(context.highlightedId), open], () =>
    html`<ol role="none" class="page" start=${from + 1}>${page.map((event, i) =>
      eventTemplate(event, { ...list.view(event, from + i), focusable: event.id === tabStop }, context),
    )}</ol>`,
  );
}

/** The list of events, in guarded pages. */
export function eventListTemplate(list: EventListView, context: EventContext): TemplateResult {
  const { events, limit, ahead } = list;
  const pages = (from: number, to: number) => {
    const rendered: unknown[] = [];
    for (let start = from; start < to; start += PAGE_SIZE) rendered.push(pageTemplate(list, context, start, Math.min(start + PAGE_SIZE, to)));
    return rendered;
  };
  // The page rendered ahead (holding the event the reader jumped to) has a place of its own between
  // the pages before and after it: as those are added, its DOM stays, and focus with it.
  const split = ahead ? Math.min(limit, ahead.from) : limit;
  return html`<div part="list" class=${events.length > PAGE_SIZE ? 'list long' : 'list'} role="list" @click=${list.onClick} @keydown=${list.onKeydown}><div part="line" class="line" aria-hidden="true"></div>${pages(0, split)}${
    ahead ? pageTemplate(list, context, ahead.from, ahead.to) : nothing
  }${ahead ? pages(ahead.to, limit) : nothing}</div>`;
}
