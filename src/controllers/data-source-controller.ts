import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readsAsTimelineJS } from '../data/is-timelinejs.js';
import { parseTimeline } from '../data/parse-timeline.js';
import { problemDetails } from '../dates/problem-details.js';
import type { Timeline, TimelineProblem } from '../data/timeline-data.js';
import { loadTimelineJson } from '../load-timeline-json.js';

/** The element's inputs this controller reads. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  data?: unknown;
  format?: 'timelinejs' | 'event-timeline';
  timeout: number;
  maxBytes: number;
  /** The title of a timeline written as `<timeline-event>` children. */
  label: string;
  /** The language of data that does not say its own (TimelineJS, `<timeline-event>` children). */
  readonly contentLang: string;
}

/** What the controller tells its host, in order: loading, then loaded or failed. */
export interface DataSourceCallbacks {
  loading(): void;
  loaded(timeline: Timeline, problems: readonly TimelineProblem[]): void;
  failed(error: Error): void;
  /** `src` was removed or emptied, and nothing else gives data: back to no data. */
  cleared(): void;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** A positive number attribute, else (`timeout="abc"`, `max-bytes="10MB"`) its default, with one warning. */
function positive(name: string, value: number, fallback: number): number {
  if (Number.isFinite(value) && value > 0) return value;
  console.warn(`<event-timeline>: ${name}="${String(value)}" is not a positive number; using ${fallback}.`);
  return fallback;
}

/**
 * Where the timeline's data comes from: the `data` property, `src` (fetched with a deadline, a size
 * limit and abort), an inline `<script type="application/json">` child, or `<timeline-event>`
 * children, in that order of precedence. Only the newest request counts: a fetch or a conversion
 * that finishes after newer data came is dropped (the shape of @lit/task, without its bytes).
 * TimelineJS data is converted by a module loaded only then.
 */
export class DataSourceController implements ReactiveController {
  private abortController?: AbortController;
  /** Which request is current: a TimelineJS conversion that finishes late must not win. */
  private token = 0;
  private inlineSource?: string;
  /** A fetch was under way when the element was disconnected: it starts again on connecting. */
  private interrupted = false;
  private loadingSrc = false;
  // Made when first connected: a server render constructs the element but never connects it.
  private childObserver?: MutationObserver;
  /** Modules still loading for this element's data: see {@link settled}. */
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly host: DataSourceHost,
    private readonly callbacks: DataSourceCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.childObserver ??= new MutationObserver(() => this.readInlineData());
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
    this.readInlineData();
    if (this.interrupted) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
    this.abortController?.abort();
    if (this.loadingSrc) this.interrupted = true;
    this.loadingSrc = false;
  }

  /** True while a module for this element's data is still loading. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /**
   * Called before each host update with what changed: new `data` wins; a new `src`, or one that
   * never started loading (`started` false) or whose load disconnecting aborted, is fetched.
   */
  update(dataChanged: boolean, srcChanged: boolean, started: boolean): void {
    const { host } = this;
    // `null` is "no data yet" (a framework's state before it loads), not a problem in the data.
    const hasData = host.data != null;
    if (dataChanged && hasData) {
      this.abortController?.abort();
      this.accept(host.data);
    } else if ((srcChanged || dataChanged || !started || this.interrupted) && !hasData && host.src && host.isConnected) {
      void this.load(host.src);
    } else if ((srcChanged || dataChanged) && !host.src && !hasData && started) {
      // Removed or emptied: the request in flight is dropped, and its data with it.
      this.abortController?.abort();
      this.token++;
      this.loadingSrc = false;
      this.interrupted = false;
      this.inlineSource = undefined;
      this.callbacks.cleared();
      this.readInlineData();
    }
  }

  /** Loads `src` again (the retry button). */
  reload(): void {
    if (this.host.src) void this.load(this.host.src);
  }

  /** Settles once the modules this data needed (TimelineJS import, `<timeline-event>`) have run. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Runs `work` (a module loading for this element) and counts it until it settles. */
  track(work: Promise<unknown>): void {
    this.pending.add(work);
    const done = () => this.pending.delete(work);
    work.then(done, done);
  }

  private async load(url: string): Promise<void> {
    this.abortController?.abort();
    const controller = new AbortController();
    this.abortController = controller;
    this.token++;
    this.interrupted = false;
    this.loadingSrc = true;
    this.callbacks.loading();
    try {
      const timeout = positive('timeout', this.host.timeout, 15_000);
      const maxBytes = positive('max-bytes', this.host.maxBytes, 10 * 1024 * 1024);
      const json = await loadTimelineJson(url, { signal: controller.signal, timeout, maxBytes });
      if (controller.signal.aborted) return;
      this.loadingSrc = false;
      this.accept(json);
    } catch (error) {
      // A newer request, or disconnecting, aborted this one: its result no longer matters.
      if (controller.signal.aborted) return;
      this.loadingSrc = false;
      this.fail(asError(error));
    }
  }

  /** Inline JSON, or `<timeline-event>` children when there is none. */
  private readInlineData(): void {
    const { host } = this;
    const script = host.querySelector(':scope > script[type="application/json"]');
    const children = [...host.querySelectorAll(':scope > timeline-event')];
    const source = script ? (script.textContent ?? '') : children.length > 0 ? children.map((c) => c.outerHTML).join('') : undefined;
    if (source === undefined || source === this.inlineSource) return;
    this.inlineSource = source;
    if (host.data != null || host.src) return;
    if (script) {
      try {
        this.accept(JSON.parse(source));
      } catch (error) {
        this.fail(new Error(`The inline JSON is not valid: ${(error as Error).message}`, { cause: error }));
      }
      return;
    }
    // <timeline-event> (its reader, and its definition) loads only for a page that writes events
    // in HTML; data given meanwhile wins.
    const token = ++this.token;
    this.track(
      import('../timeline-event.js').then(
        ({ readTimelineEvent }) => {
          if (token !== this.token) return;
          const heading = host.querySelector(':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6');
          this.accept({
            // No title: the heading says "Timeline" in the reader's language.
            title: host.label || heading?.textContent?.trim() || '',
            lang: host.contentLang,
            events: children.map((child, index) => readTimelineEvent(child, index)),
          });
        },
        (error: unknown) => {
          if (token === this.token) this.fail(asError(error));
        },
      ),
    );
  }

  /** Takes data from any source; what a TimelineJS conversion cannot keep is reported with the rest. */
  private accept(json: unknown): void {
    const token = ++this.token;
    const { format } = this.host;
    if (!readsAsTimelineJS(json, format)) {
      this.show(json, []);
      return;
    }
    this.callbacks.loading();
    this.track(
      import('../data/from-timelinejs.js').then(
        ({ fromTimelineJS }) => {
          if (token !== this.token) return;
          const { data, warnings } = fromTimelineJS(json, { lang: this.host.contentLang });
          const problems = warnings.map((w) => ({ path: w.path, message: w.event ? `${w.message} (${w.event})` : w.message, severity: 'warning' as const }));
          this.show(data, problems);
        },
        (error: unknown) => {
          if (token === this.token) this.fail(asError(error));
        },
      ),
    );
  }

  private show(json: unknown, importProblems: readonly TimelineProblem[]): void {
    const { timeline, problems } = parseTimeline(json);
    if (problems.length > 0 && !problemDetails.full) {
      // Data with problems: the messages' details ("did you mean", value previews) load now, and
      // the data is read again with them. Valid data never downloads them.
      const token = this.token;
      this.callbacks.loading();
      this.track(
        import('../data/full-problem-details.js').then(
          () => token === this.token && this.show(json, importProblems),
          (error: unknown) => token === this.token && this.fail(asError(error)),
        ),
      );
      return;
    }
    this.callbacks.loaded(timeline, importProblems.length > 0 ? [...importProblems, ...problems] : problems);
  }

  private fail(error: Error): void {
    this.token++;
    this.callbacks.failed(error);
  }
}
