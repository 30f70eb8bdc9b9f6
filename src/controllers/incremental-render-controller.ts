import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface IncrementalRenderOptions {
  /** Items in the first render: more than any screen shows at once. */
  readonly first?: number;
  /** Items added by the first later step; later steps adapt to how long each one took. */
  readonly step?: number;
  /** How long one step's render may take, in milliseconds. */
  readonly stepBudgetMs?: number;
  /** Renders the host synchronously: before printing, every item must be in the page. */
  readonly renderNow?: () => void;
  /**
   * Items come in windows of this many (the host's pages): an item far beyond what is rendered is
   * shown with its window alone, at once, and the items before it follow in later steps.
   */
  readonly window?: number;
}

type Handle = { cancel(): void };

/**
 * Renders a long list a slice at a time: the first slice (enough to fill any screen) at once, the
 * rest in later tasks, each sized from how long the previous one took to render so that it stays
 * well inside a frame, until every item is in the DOM. The steps run when the browser is idle
 * (`requestIdleCallback`, or a timer where there is none), which leaves room for input, scrolling
 * and garbage collection between them. Nothing is left out for good: find-in-page, printing,
 * deep links and the keyboard reach every item once it is added, and {@link showAll} / {@link show}
 * add them at once when something needs an item now.
 *
 * The host renders `items.slice(0, controller.limit)` and, when there is one, `controller.ahead`: the
 * window of a far item the reader jumped to (End, a deep link), so that reaching the last of
 * 100,000 events renders one window, not 100,000 events. The window keeps its place (and its DOM)
 * while the items before and after it are added: the host renders items `[0, min(limit, from))`,
 * the window, then `[to, limit)`.
 */
export class IncrementalRenderController implements ReactiveController {
  /** How many items the host renders now. */
  limit = 0;
  /** A window of items beyond `limit` rendered ahead of it (see the class comment). */
  ahead?: { readonly from: number; readonly to: number };
  private readonly window: number;
  private total = 0;
  private step: number;
  private readonly first: number;
  private readonly budget: number;
  private pending?: Handle;
  private stepStartedAt?: number;
  private readonly renderNow?: () => void;
  private readonly onBeforePrint = () => {
    if (this.showAll()) this.renderNow?.();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    options: IncrementalRenderOptions = {},
  ) {
    this.first = options.first ?? 60;
    this.step = options.step ?? 50;
    this.budget = options.stepBudgetMs ?? 20;
    this.renderNow = options.renderNow;
    this.window = options.window ?? 50;
    host.addController(this);
  }

  /**
   * A new list of `total` items: start again from the first slice, or render all of it when
   * `all` is set or the list is short enough (twice the first slice) that slicing is not worth a
   * second task.
   */
  reset(total: number, all = false): void {
    this.total = total;
    this.limit = all || total <= this.first * 2 ? total : this.first;
    this.ahead = undefined;
  }

  /** The list changed length but not order (say, a filter): keep what is shown, within bounds. */
  resize(total: number): void {
    this.total = total;
    this.limit = Math.min(total, Math.max(this.limit, this.first));
    if (this.ahead && this.ahead.to > total) this.ahead = undefined;
  }

  /**
   * Makes sure the item at `index` is rendered: near what is rendered, by rendering up to it; far
   * beyond, by rendering its window ahead. True when that needed an update.
   */
  show(index: number): boolean {
    if (index < this.limit || (this.ahead && index >= this.ahead.from && index < this.ahead.to)) return false;
    if (index < this.limit + this.window) {
      this.limit = Math.min(this.total, index + 1);
    } else {
      const from = Math.floor(index / this.window) * this.window;
      this.ahead = { from, to: Math.min(this.total, from + this.window) };
    }
    this.host.requestUpdate();
    return true;
  }

  /** Renders every item (before printing). */
  showAll(): boolean {
    if (this.complete) return false;
    this.limit = this.total;
    this.host.requestUpdate();
    return true;
  }

  get complete(): boolean {
    return this.limit >= this.total;
  }

  hostUpdated(): void {
    // The render a step asked for is done: its time sizes the next step (between half and twice
    // this one, so that one slow step, a garbage collection say, does not swing it far).
    if (this.stepStartedAt !== undefined) {
      const spent = performance.now() - this.stepStartedAt;
      this.stepStartedAt = undefined;
      this.step = Math.max(10, Math.round(this.step * Math.min(2, Math.max(0.5, this.budget / Math.max(spent, 1)))));
    }
    if (this.complete || this.pending !== undefined || !this.host.isConnected) return;
    this.pending = this.whenIdle(() => {
      this.pending = undefined;
      if (this.complete) return;
      this.stepStartedAt = performance.now();
      this.limit = Math.min(this.total, this.limit + this.step);
      this.host.requestUpdate();
    });
  }

  // The window listened to (an element moved to another document is disconnected after the move).
  private view?: Window | null;

  hostConnected(): void {
    this.view = this.host.ownerDocument.defaultView;
    this.view?.addEventListener('beforeprint', this.onBeforePrint);
    if (!this.complete) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.view?.removeEventListener('beforeprint', this.onBeforePrint);
    this.view = undefined;
    this.pending?.cancel();
    this.pending = undefined;
    this.stepStartedAt = undefined;
  }

  private whenIdle(callback: () => void): Handle | undefined {
    const view = this.host.ownerDocument.defaultView;
    if (!view) return undefined;
    if (typeof view.requestIdleCallback === 'function') {
      const id = view.requestIdleCallback(callback, { timeout: 100 });
      return { cancel: () => view.cancelIdleCallback(id) };
    }
    const id = view.setTimeout(callback, 16);
    return { cancel: () => view.clearTimeout(id) };
  }
}
