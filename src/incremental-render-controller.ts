import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface IncrementalRenderOptions {
  /** Items in the first render: more than any screen shows at once. */
  readonly first?: number;
  /** Items added by the first later step; later steps adapt to how long each frame took. */
  readonly step?: number;
  /** The frame time to stay under while adding items, in milliseconds. */
  readonly frameBudgetMs?: number;
  /** The most frames the whole list may take, whatever the budget says. */
  readonly maxSteps?: number;
}

/**
 * Renders a long list a slice at a time: the first slice (enough to fill any screen) at once,
 * the rest one slice per animation frame, each slice sized so that the frame (render, style and
 * layout) stays within budget, until every item is in the DOM. Nothing is left out for good:
 * find-in-page, printing, deep links and the keyboard reach every item once it is added, and
 * {@link showAll} / {@link show} add them at once when something needs an item now.
 *
 * The host renders `items.slice(0, controller.limit)`.
 */
export class IncrementalRenderController implements ReactiveController {
  /** How many items the host renders now. */
  limit = 0;
  private total = 0;
  private step: number;
  private readonly first: number;
  private readonly budget: number;
  private readonly maxSteps: number;
  private frame?: number;
  private lastFrameAt?: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    options: IncrementalRenderOptions = {},
  ) {
    this.first = options.first ?? 60;
    this.step = options.step ?? 100;
    this.budget = options.frameBudgetMs ?? 40;
    this.maxSteps = options.maxSteps ?? 30;
    host.addController(this);
  }

  /** A new list of `total` items: start again from the first slice (or all of it, when `all`). */
  reset(total: number, all = false): void {
    this.total = total;
    this.limit = all ? total : Math.min(total, Math.max(this.first, 0));
    this.lastFrameAt = undefined;
  }

  /** The list changed length but not order (say, a filter): keep what is shown, within bounds. */
  resize(total: number): void {
    this.total = total;
    this.limit = Math.min(total, Math.max(this.limit, this.first));
  }

  /** Makes sure the item at `index` is rendered; true when that needed an update. */
  show(index: number): boolean {
    if (index < this.limit) return false;
    this.limit = Math.min(this.total, index + 1);
    this.host.requestUpdate();
    return true;
  }

  /** Renders every item (before printing, for the End key). */
  showAll(): boolean {
    return this.show(this.total - 1);
  }

  get complete(): boolean {
    return this.limit >= this.total;
  }

  hostUpdated(): void {
    if (this.complete || this.frame !== undefined || !this.host.isConnected) return;
    const view = this.host.ownerDocument.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame((now) => {
      this.frame = undefined;
      // The time since the last step's frame began is what that step cost: render, style, layout.
      // Steps grow while frames stay within budget and shrink when they do not, but never below
      // what finishes the list in `maxSteps` frames: a bounded wait for find-in-page and print.
      if (this.lastFrameAt !== undefined) {
        const spent = now - this.lastFrameAt;
        const scale = Math.min(2, Math.max(0.5, this.budget / Math.max(spent, 1)));
        this.step = Math.round(this.step * scale);
      }
      this.step = Math.max(this.step, Math.ceil(this.total / this.maxSteps), 20);
      this.lastFrameAt = now;
      this.limit = Math.min(this.total, this.limit + this.step);
      this.host.requestUpdate();
    });
  }

  hostConnected(): void {
    if (!this.complete) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.frame !== undefined) this.host.ownerDocument.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.lastFrameAt = undefined;
  }
}
