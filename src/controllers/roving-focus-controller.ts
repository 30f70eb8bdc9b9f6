import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../data/timeline-data.js';
import type { IncrementalRenderController } from './incremental-render-controller.js';

export interface RovingFocusHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Roving focus over the list of events: one event is in the tab order (the focused one, else the
 * first), the arrow keys move between events — mirrored right to left, where the next event is to
 * the left — Home and End go to the ends, a click, Enter and Space select. Events a long timeline has not
 * rendered yet are rendered first, then focused.
 */
export class RovingFocusController implements ReactiveController {
  /** The event that is in the tab order, when the reader chose one. */
  focusedId?: string;
  private pendingFocus = false;
  private pendingScroll = false;

  constructor(
    private readonly host: RovingFocusHost,
    private readonly options: {
      /** The events the list shows, in order. */
      readonly events: () => readonly TimelineEvent[];
      readonly incremental: IncrementalRenderController;
      /** A click, Enter or Space on an event. */
      readonly select: (event: TimelineEvent) => void;
    },
  ) {
    host.addController(this);
  }

  /** The id of the event in the tab order among `events`. */
  tabStop(events: readonly TimelineEvent[]): string | undefined {
    return events.some((e) => e.id === this.focusedId) ? this.focusedId : events[0]?.id;
  }

  /** Forgets the focused event when new data no longer has it. */
  keepIfIn(events: readonly TimelineEvent[]): void {
    if (this.focusedId && !events.some((e) => e.id === this.focusedId)) this.focusedId = undefined;
  }

  /**
   * Starts at `id` (`start-at`): it becomes the event in the tab order, and a horizontal track
   * scrolls to it, without moving focus or scrolling the page.
   */
  startAt(id: string | undefined): void {
    const index = this.options.events().findIndex((e) => e.id === id);
    if (index < 0) return;
    this.focusedId = id;
    this.pendingScroll = true;
    this.options.incremental.show(index);
    this.host.requestUpdate();
  }

  /** Focuses `id` after the next update (a deep link, a page render still to come). */
  focusAfterUpdate(id: string): void {
    this.focusedId = id;
    this.pendingFocus = true;
  }

  /** Moves focus to an event, rendering it first if needed; false for an unknown or hidden id. */
  focus(id: string): boolean {
    const index = this.options.events().findIndex((e) => e.id === id);
    if (index < 0) return false;
    // The tab order follows (the event's and its controls' tabindex): render again when it moves.
    if (this.focusedId !== id) this.host.requestUpdate();
    this.focusedId = id;
    if (this.options.incremental.show(index)) {
      this.pendingFocus = true;
      return true;
    }
    const li = this.host.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    if (!li) {
      this.pendingFocus = true;
      this.host.requestUpdate();
      return true;
    }
    li.focus({ preventScroll: true });
    const reduced = this.host.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
    li.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
    return true;
  }

  hostUpdated(): void {
    if (this.pendingFocus && this.focusedId) {
      this.pendingFocus = false;
      this.focus(this.focusedId);
    } else if (this.pendingScroll && this.focusedId) {
      this.pendingScroll = false;
      this.scrollTrackTo(this.focusedId);
    }
  }

  /** Scrolls the list along its inline axis (the horizontal track) so that `id` starts it; the page stays. */
  private scrollTrackTo(id: string): void {
    const li = this.host.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    const list = li?.closest<HTMLElement>('[part~="list"]');
    if (!li || !list || list.scrollWidth <= list.clientWidth) return;
    const rtl = getComputedStyle(list).direction === 'rtl';
    const item = li.getBoundingClientRect();
    const track = list.getBoundingClientRect();
    list.scrollBy({ left: rtl ? item.right - track.right : item.left - track.left });
  }

  /** A click on an event selects it; clicks on its own controls (links, toggles, disclosures) are theirs. */
  readonly onClick = (e: MouseEvent): void => {
    const path = e.composedPath();
    const li = path.find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset.id !== undefined);
    if (!li || path.some((node) => node instanceof HTMLElement && node !== li && li.contains(node) && node.matches('a, button, summary'))) return;
    const event = this.options.events().find((ev) => ev.id === li.dataset.id);
    if (event) this.options.select(event);
  };

  readonly onKeydown = (e: KeyboardEvent): void => {
    const li = e.target as HTMLElement;
    if (!li.dataset?.id) return;
    const events = this.options.events();
    const index = events.findIndex((ev) => ev.id === li.dataset.id);
    if (index < 0) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.options.select(events[index]!);
      return;
    }
    const target = targetIndex(e.key, index, events.length, getComputedStyle(li).direction === 'rtl');
    if (target === undefined) return;
    e.preventDefault();
    this.focus(events[target]!.id);
  };
}

/** Where a key moves focus from `index` in a list of `length`; right to left mirrors the arrows. */
export function targetIndex(key: string, index: number, length: number, rtl: boolean): number | undefined {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === 'ArrowDown' || key === forward) return Math.min(index + 1, length - 1);
  if (key === 'ArrowUp' || key === backward) return Math.max(index - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return length - 1;
  return undefined;
}
