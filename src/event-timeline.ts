import { localized, msg, str } from '@lit/localize';
import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { pickLocalizedText, type PickedText } from './data/localized-text.js';
import { isTimelineJS } from './data/is-timelinejs.js';
import { formatProblem, parseTimeline } from './data/parse-timeline.js';
import type { LocalizedText, Timeline, TimelineEvent, TimelineProblem } from './data/timeline-data.js';
import { formatEventDate, formatEventGap } from './dates/format-event-date.js';
import type { EventDateLocale } from './dates/event-date-locale.js';
import { eventDateLocaleFor } from './dates/locales/index.js';
import { toNumerals, type Numerals } from './dates/numerals.js';
import { styles } from './event-timeline.styles.js';
import { loadTimelineJson, TimelineLoadError } from './load-timeline-json.js';
import { directionOf, splitLatinRuns } from './i18n/direction.js';
import { getLocale, setLocale, uiLocaleFor, type UiLocale } from './i18n/localization.js';
import { IncrementalRenderController } from './incremental-render-controller.js';

export interface EventTimelineLoadDetail {
  readonly timeline: Timeline;
  readonly problems: readonly TimelineProblem[];
}

export interface EventTimelineErrorDetail {
  /** Why loading failed (network, HTTP status, JSON syntax), when it did. */
  readonly error?: Error;
  /** What was wrong in the data: events left out, fields ignored. */
  readonly problems: readonly TimelineProblem[];
}

export interface EventTimelineSelectDetail {
  readonly event: TimelineEvent;
}

export type EventTimelineLayout = 'vertical' | 'alternating' | 'horizontal';

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

// Categories take colours 1–6 in order of first use (the styles define them; no inline styles,
// which a strict Content-Security-Policy forbids).
const CATEGORY_COLORS = 6;

// Events render in pages of this many, each an <ol role="none"> in the one role="list": a page
// whose inputs did not change is not rendered again, and the styles skip laying out pages off
// screen, so that moving focus or adding the next slice of a long timeline costs a page, not the
// whole list. Even, for the alternating layout's :nth-child.
const PAGE_SIZE = 50;

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * A chronological timeline of events, from a JSON data file (`src`), a `data` object, an inline
 * `<script type="application/json">` child, or `<timeline-event>` children written in HTML. Dates
 * are shown at the precision the data gives (`June 2019`, `18–20 August 2020`) in the reader's
 * language; right-to-left languages mirror the whole layout.
 *
 * @summary A chronological timeline of events.
 *
 * @attr src - URL of a timeline JSON file, fetched when set.
 * @attr lang - The reader's language (`en`, `ckb`, `ar`…); else the nearest ancestor's, the document's, the data's.
 * @attr dir - Force a direction; by default it follows the language.
 * @attr layout - `vertical` (default), `alternating` (both sides of a central line when wide enough) or `horizontal` (a scrollable track).
 * @attr theme - `auto` (default: follows `prefers-color-scheme`), `light` or `dark`.
 * @attr heading-level - Level of the timeline's heading, 1–5 (default 2); event titles are one level below.
 * @attr label - The timeline's title when the data has none (e.g. for `<timeline-event>` children).
 * @attr numerals - `latn` for Latin digits in Kurdish and Arabic; by default each language's own.
 * @attr gaps - Show the time between events where it is a month or more ("14 months later").
 * @attr weekdays - Name the weekday of day-precision dates.
 * @attr collapsed - Show events as date and title, their details behind a toggle.
 * @attr hide-problems - Do not show the panel that lists invalid data (the error event still fires).
 * @attr format - `timelinejs` to read Knight Lab TimelineJS JSON (detected when unset); `event-timeline` to never convert.
 * @attr structured-data - Add schema.org JSON-LD (an ItemList of Events) for search engines, in the reader's language.
 * @attr timeout - Milliseconds to wait for `src` (default 15000) before showing an error with a retry button.
 * @attr max-bytes - The largest `src` file accepted, in bytes (default 10 MB).
 *
 * @fires {CustomEvent<EventTimelineLoadDetail>} event-timeline-load - Data from any source was parsed and rendered.
 * @fires {CustomEvent<EventTimelineErrorDetail>} event-timeline-error - Loading failed, or the data had problems (once per data).
 * @fires {CustomEvent<EventTimelineSelectDetail>} event-timeline-select - The reader chose an event (click, Enter or Space).
 *
 * @slot - `<timeline-event>` children, or a `<script type="application/json">` with the data. Shown as they are until the script runs.
 *
 * @csspart base - The region around the whole timeline.
 * @csspart heading - The timeline's title.
 * @csspart filters - The group of category filter buttons.
 * @csspart filter - One category filter button (also `filter-active` when pressed).
 * @csspart list - The ordered list of events.
 * @csspart event - One event (a list item); also `category-<id>` and `upcoming` where they apply.
 * @csspart marker - The dot on the line beside an event.
 * @csspart date - The `<time>` element with the event's date.
 * @csspart status - The "Scheduled"/"Planned" label of an upcoming event.
 * @csspart category - The category label of an event.
 * @csspart date-wording - The date as the source words it.
 * @csspart date-note - How the date was worked out (a disclosure).
 * @csspart title - An event's title.
 * @csspart toggle - The button that shows and hides an event's details (with `collapsed`).
 * @csspart description - An event's description.
 * @csspart media - An event's figure; `image` is the image, `caption` its caption and credit.
 * @csspart links - An event's list of links; `link` is one link.
 * @csspart gap - The time between two events.
 * @csspart now - The "at the time of writing" divider between past and upcoming events.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The message shown when there are no events.
 * @csspart error - The message shown when loading failed.
 * @csspart retry-button - The button that loads `src` again.
 * @csspart problems - The panel listing invalid data, for the page's developer.
 *
 * @cssprop --event-timeline-font-family - Text font; the default shapes Kurdish and Arabic letters.
 * @cssprop --event-timeline-text-color - Text colour.
 * @cssprop --event-timeline-muted-color - Colour of dates and secondary text.
 * @cssprop --event-timeline-background - Background of the timeline.
 * @cssprop --event-timeline-surface - Background of chips and highlighted events.
 * @cssprop --event-timeline-accent-color - Line, links, focus ring and default marker colour.
 * @cssprop --event-timeline-upcoming-color - Marker and label of upcoming events.
 * @cssprop --event-timeline-category-1 - Colour of the first category (up to `-6`).
 * @cssprop --event-timeline-line-width - Thickness of the line.
 * @cssprop --event-timeline-marker-size - Diameter of the markers.
 * @cssprop --event-timeline-marker-radius - Corner radius of the markers (`0` for squares).
 * @cssprop --event-timeline-spacing - Space between events.
 * @cssprop --event-timeline-radius - Corner radius of chips, panels and images.
 * @cssprop --event-timeline-line-height - Line height of text (taller for Arabic script by default).
 * @cssprop --event-timeline-event-width - Width of an event in the horizontal layout.
 */
// @customElement must come last (decorators apply bottom-up): defining the element upgrades
// elements already in the page, and they need the localization controller @localized adds.
@customElement('event-timeline')
@localized()
export class EventTimeline extends LitElement {
  static override styles = styles;

  /** URL of a timeline JSON file. */
  @property({ reflect: true }) src?: string;

  /** Timeline data as an object (what `JSON.parse` gives). Takes precedence over `src` and children. */
  @property({ attribute: false }) data?: unknown;

  /** The reader's language. Unset, it is inherited from ancestors, the document, then the data. */
  @property() override lang = '';

  /** `ltr` or `rtl` to force a direction; empty, it follows the language. */
  @property() override dir = '';

  @property({ reflect: true }) layout: EventTimelineLayout = 'vertical';

  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Title for a timeline whose data has none. */
  @property() label = '';

  /** `latn` to write dates with Latin digits whatever the language. */
  @property() numerals?: Numerals;

  /** Show the time between events when it is a month or more. */
  @property({ type: Boolean }) gaps = false;

  /** Name the weekday of day-precision dates. */
  @property({ type: Boolean }) weekdays = false;

  /** Show only dates and titles; details open with a toggle. */
  @property({ type: Boolean }) collapsed = false;

  /** `timelinejs` to read Knight Lab TimelineJS JSON; by default it is detected. */
  @property() format?: 'timelinejs' | 'event-timeline';

  /** Add schema.org JSON-LD for the events to the page (a script in the element's light DOM). */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** Milliseconds to wait for `src` before showing an error. */
  @property({ type: Number }) timeout = 15_000;

  /** The largest `src` file accepted, in bytes (10 MB by default). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = 10 * 1024 * 1024;

  /** Hide the developer panel listing invalid data. */
  @property({ type: Boolean, attribute: 'hide-problems' }) hideProblems = false;

  @state() private loadState: LoadState = 'idle';
  @state() private timeline?: Timeline;
  @state() private problems: readonly TimelineProblem[] = [];
  @state() private loadError?: Error;
  @state() private inheritedLang = '';
  @state() private activeCategories: ReadonlySet<string> = new Set();
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private focusedId?: string;
  @state() private highlightedId?: string;

  /** Formatted dates per event and language/options: a filter or focus change re-formats nothing. */
  private dateTexts = new WeakMap<TimelineEvent, Map<string, string>>();
  private inlineSource?: string;
  private requestedLocale?: UiLocale;
  private abortController?: AbortController;
  private pendingFocus = false;
  /** Long timelines render a slice per frame; see IncrementalRenderController. */
  private readonly incremental = new IncrementalRenderController(this);
  /** The events the list shows (after filters), worked out once per data or filter change. */
  private visible: readonly TimelineEvent[] = [];
  private readonly onBeforePrint = () => {
    if (this.incremental.showAll()) this.performUpdate();
  };
  /** Modules still loading for this element's data (TimelineJS import, JSON-LD): see getUpdateComplete. */
  private readonly pending = new Set<Promise<unknown>>();
  /** Which `accept` is current: a TimelineJS conversion that finishes late must not win. */
  private acceptToken = 0;
  // Made when first connected: a server render constructs the element but never connects it.
  private rootObserver?: MutationObserver;
  private childObserver?: MutationObserver;
  private readonly onHashChange = () => this.followHash(true);

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInheritedLang();
    this.rootObserver ??= new MutationObserver(() => this.readInheritedLang());
    this.childObserver ??= new MutationObserver(() => this.readInlineData());
    this.rootObserver.observe(this.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    this.ownerDocument.defaultView?.addEventListener('hashchange', this.onHashChange);
    this.ownerDocument.defaultView?.addEventListener('beforeprint', this.onBeforePrint);
    this.readInlineData();
    // A load that disconnecting aborted starts again.
    if (this.loadState === 'idle' && this.src) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.rootObserver?.disconnect();
    this.childObserver?.disconnect();
    this.ownerDocument.defaultView?.removeEventListener('hashchange', this.onHashChange);
    this.ownerDocument.defaultView?.removeEventListener('beforeprint', this.onBeforePrint);
    this.abortController?.abort();
    if (this.loadState === 'loading') this.loadState = 'idle';
  }

  /**
   * Moved into another document (an iframe, a popup): constructed stylesheets belong to the
   * document that made them, so the styles are made again in the new one.
   */
  adoptedCallback(): void {
    const view = this.ownerDocument.defaultView;
    const root = this.shadowRoot;
    if (!view || !root || !('adoptedStyleSheets' in root)) return;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(styles.cssText);
    root.adoptedStyleSheets = [sheet];
  }

  /**
   * Resolves once the element has rendered what it has, including the work it loads modules for
   * (converting TimelineJS data, writing JSON-LD). Loading `src` is not included: listen for
   * `event-timeline-load`.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pending.size > 0) {
      await Promise.allSettled([...this.pending]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private track(work: Promise<unknown>): void {
    this.pending.add(work);
    const done = () => this.pending.delete(work);
    work.then(done, done);
  }

  /** Loads `src` again (what the retry button does). */
  reload(): void {
    if (this.src) void this.load(this.src);
  }

  /** The language the element renders in: its own, an ancestor's, the document's, the data's. */
  get effectiveLang(): string {
    return this.lang || this.inheritedLang || this.timeline?.lang || 'en';
  }

  /**
   * Moves keyboard focus to an event (and scrolls it into view), rendering it first if a long
   * timeline has not reached it yet. Returns false for an unknown or filtered-out id.
   */
  focusEvent(id: string): boolean {
    const index = this.visible.findIndex((e) => e.id === id);
    if (index < 0) return false;
    this.focusedId = id;
    if (this.incremental.show(index)) {
      this.pendingFocus = true;
      return true;
    }
    const li = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    if (!li) {
      this.pendingFocus = true;
      this.requestUpdate();
      return true;
    }
    li.focus({ preventScroll: true });
    li.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: this.prefersReducedMotion() ? 'auto' : 'smooth' });
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) {
      this.abortController?.abort();
      this.accept(this.data);
    } else if ((changed.has('src') || this.loadState === 'idle') && this.data === undefined && this.src && this.isConnected) {
      void this.load(this.src);
    }
    const has = (name: string) => (changed as PropertyValues).has(name);
    if (has('timeline') || has('activeCategories')) {
      this.visible = this.timeline ? this.visibleEvents(this.timeline) : [];
      // The server renders every event (readers without script see them all); so does the first
      // render in the browser when it hydrates that DOM, which must match it.
      const all = isServer || (!this.hasUpdated && this.shadowRoot?.querySelector('[part~="list"]') != null);
      if (has('timeline')) this.incremental.reset(this.visible.length, all);
      else this.incremental.resize(this.visible.length);
    }
    // Ask for the UI locale only when this element's language changes: @lit/localize has one
    // active locale per page, and two elements re-asking on every update would ping-pong.
    const uiLocale = uiLocaleFor(this.effectiveLang);
    if (uiLocale !== this.requestedLocale) {
      this.requestedLocale = uiLocale;
      void setLocale(uiLocale);
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('timeline') && this.timeline && this.loadState === 'ready') {
      this.emit<EventTimelineLoadDetail>('event-timeline-load', { timeline: this.timeline, problems: this.problems });
      if (this.problems.length > 0) {
        this.emit<EventTimelineErrorDetail>('event-timeline-error', { problems: this.problems });
        console.warn(
          `<event-timeline>: ${this.problems.length} problem(s) in the timeline data:\n` +
            this.problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
        );
      }
      this.followHash(false);
    }
    if (this.structuredData && this.timeline && (changed.has('timeline') || changed.has('structuredData') || changed.has('lang') || changed.has('inheritedLang'))) {
      this.track(this.writeStructuredData(this.timeline));
    }
    if (this.pendingFocus && this.focusedId) {
      this.pendingFocus = false;
      this.focusEvent(this.focusedId);
    }
  }

  /**
   * JSON-LD goes in the light DOM, where crawlers read it. A page that enforces Trusted Types
   * forbids writing script text: there the server render (which emits it too) is the way.
   */
  private async writeStructuredData(timeline: Timeline): Promise<void> {
    let script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
    try {
      if (!script) {
        script = this.ownerDocument.createElement('script');
        script.type = 'application/ld+json';
        this.append(script);
      }
      const { jsonLdScriptText, timelineJsonLd } = await import('./data/timeline-json-ld.js');
      script.textContent = jsonLdScriptText(timelineJsonLd(timeline, this.effectiveLang));
    } catch (error) {
      console.warn('<event-timeline>: structured data could not be added to this page:', error);
    }
  }

  private readInheritedLang(): void {
    const ancestor = this.parentElement?.closest('[lang]');
    this.inheritedLang = ancestor?.getAttribute('lang') || this.ownerDocument.documentElement.lang || '';
  }

  /** Inline JSON, or `<timeline-event>` children when there is none. */
  private readInlineData(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const children = [...this.querySelectorAll(':scope > timeline-event')];
    const source = script ? (script.textContent ?? '') : children.length > 0 ? children.map((c) => c.outerHTML).join('') : undefined;
    if (source === undefined || source === this.inlineSource) return;
    this.inlineSource = source;
    if (this.data !== undefined || this.src) return;
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
    const token = ++this.acceptToken;
    this.track(
      import('./timeline-event.js').then(({ readTimelineEvent }) => {
        if (token !== this.acceptToken) return;
        const heading = this.querySelector(':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6');
        this.accept({
          title: this.label || heading?.textContent?.trim() || msg('Timeline'),
          lang: this.lang || this.inheritedLang || 'en',
          events: children.map((child, index) => readTimelineEvent(child, index)),
        });
      }, (error: unknown) => {
        if (token === this.acceptToken) this.fail(asError(error));
      }),
    );
  }

  private async load(url: string): Promise<void> {
    this.abortController?.abort();
    const controller = new AbortController();
    this.abortController = controller;
    this.acceptToken++;
    this.loadState = 'loading';
    try {
      const json = await loadTimelineJson(url, { signal: controller.signal, timeout: this.timeout, maxBytes: this.maxBytes });
      if (controller.signal.aborted) return;
      this.accept(json);
    } catch (error) {
      // A newer request, or disconnecting, aborted this one: its result no longer matters.
      if (controller.signal.aborted) return;
      this.fail(asError(error));
    }
  }

  /**
   * Takes data from any source. TimelineJS data is converted first, by a module loaded only then;
   * what the conversion cannot keep is reported with the rest.
   */
  private accept(json: unknown): void {
    const token = ++this.acceptToken;
    const convert = this.format === 'timelinejs' || (this.format !== 'event-timeline' && isTimelineJS(json));
    if (!convert) {
      this.show(json, []);
      return;
    }
    this.loadState = 'loading';
    this.track(import('./data/from-timelinejs.js').then(
      ({ fromTimelineJS }) => {
        if (token !== this.acceptToken) return;
        const { data, warnings } = fromTimelineJS(json, { lang: this.lang || this.inheritedLang || 'en' });
        this.show(
          data,
          warnings.map((w) => ({ path: w.path, message: w.event ? `${w.message} (${w.event})` : w.message, severity: 'warning' as const })),
        );
      },
      (error: unknown) => {
        if (token === this.acceptToken) this.fail(asError(error));
      },
    ));
  }

  private show(json: unknown, importProblems: readonly TimelineProblem[]): void {
    const { timeline, problems } = parseTimeline(json);
    this.timeline = timeline;
    this.problems = importProblems.length > 0 ? [...importProblems, ...problems] : problems;
    this.loadError = undefined;
    this.loadState = 'ready';
    const categories = new Set(timeline.events.map((e) => e.category));
    this.activeCategories = new Set([...this.activeCategories].filter((c) => categories.has(c)));
    if (this.focusedId && !timeline.events.some((e) => e.id === this.focusedId)) this.focusedId = undefined;
  }

  private fail(error: Error): void {
    this.acceptToken++;
    this.loadError = error;
    this.loadState = 'error';
    this.timeline = undefined;
    this.emit<EventTimelineErrorDetail>('event-timeline-error', { error, problems: [] });
  }

  /** Dispatches one of the events documented above (`@fires`), bubbling and composed. */
  private emit<T>(name: string, detail: T): void {
    const event = new CustomEvent<T>(name, { detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
  }

  /** `#event-id` in the page's URL: show that event (clearing filters that hide it), highlight and focus it. */
  private followHash(fromNavigation: boolean): void {
    const hash = this.ownerDocument.defaultView?.location.hash ?? '';
    if (hash.length < 2 || !this.timeline) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const event = this.timeline.events.find((e) => e.id === id);
    if (!event) return;
    if (event.category && this.activeCategories.size > 0 && !this.activeCategories.has(event.category)) {
      this.activeCategories = new Set();
    }
    if (this.collapsed) this.expanded = new Set([...this.expanded, id]);
    this.highlightedId = id;
    this.focusedId = id;
    this.pendingFocus = true;
    if (fromNavigation) this.requestUpdate();
  }

  private prefersReducedMotion(): boolean {
    return this.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
  }

  private visibleEvents(timeline: Timeline): readonly TimelineEvent[] {
    if (this.activeCategories.size === 0) return timeline.events;
    return timeline.events.filter((e) => e.category !== undefined && this.activeCategories.has(e.category));
  }

  private toggleCategory(category: string | undefined): void {
    if (category === undefined) {
      this.activeCategories = new Set();
      return;
    }
    const next = new Set(this.activeCategories);
    if (next.has(category)) next.delete(category);
    else next.add(category);
    this.activeCategories = next;
  }

  private toggleExpanded(id: string): void {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
  }

  private select(event: TimelineEvent): void {
    this.focusedId = event.id;
    this.emit<EventTimelineSelectDetail>('event-timeline-select', { event });
  }

  private onListClick(e: MouseEvent): void {
    // Clicks on the event's own controls (links, toggles, disclosures) are theirs.
    const path = e.composedPath();
    const li = path.find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset.id !== undefined);
    if (!li || path.some((node) => node instanceof HTMLElement && node !== li && li.contains(node) && node.matches('a, button, summary'))) return;
    const event = this.timeline?.events.find((ev) => ev.id === li.dataset.id);
    if (event) this.select(event);
  }

  private onListKeydown(e: KeyboardEvent): void {
    const li = e.target as HTMLElement;
    if (!li.dataset?.id || !this.timeline) return;
    const events = this.visible;
    const index = events.findIndex((ev) => ev.id === li.dataset.id);
    const rtl = getComputedStyle(li).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    let target: number | undefined;
    if (e.key === 'ArrowDown' || e.key === forward) target = Math.min(index + 1, events.length - 1);
    else if (e.key === 'ArrowUp' || e.key === backward) target = Math.max(index - 1, 0);
    else if (e.key === 'Home') target = 0;
    else if (e.key === 'End') target = events.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(events[index]!);
      return;
    }
    if (target === undefined) return;
    e.preventDefault();
    this.focusEvent(events[target]!.id);
  }

  protected override render(): TemplateResult {
    const lang = this.effectiveLang;
    const dir = this.dir === 'ltr' || this.dir === 'rtl' ? this.dir : directionOf(lang);
    return html`
      <section
        part="base"
        class="timeline"
        lang=${lang}
        dir=${dir}
        aria-labelledby="heading"
        aria-busy=${this.loadState === 'loading' ? 'true' : 'false'}
      >
        ${this.renderHeading(lang)} ${this.renderBody(lang)}
        ${this.problems.length > 0 && !this.hideProblems ? this.renderProblems() : nothing}
      </section>
    `;
  }

  private get level(): number {
    const level = Math.round(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(Math.max(level, 1), 5) : 2;
  }

  private renderHeading(lang: string): TemplateResult {
    const tag = HEADINGS[this.level - 1]!;
    const title = this.timeline ? this.pick(this.timeline.title, lang) : undefined;
    return title && title.text
      ? staticHtml`<${tag} part="heading" id="heading" lang=${title.lang} dir=${directionOf(title.lang)}>${title.text}</${tag}>`
      : staticHtml`<${tag} part="heading" id="heading" class="visually-hidden">${msg('Timeline')}</${tag}>`;
  }

  private renderBody(lang: string): TemplateResult {
    switch (this.loadState) {
      case 'idle':
      case 'loading':
        return html`
          <div part="loading" class="loading" role="status">
            <span class="visually-hidden">${msg('Loading the timeline…')}</span>
            <div class="skeleton" aria-hidden="true"></div>
            <div class="skeleton" aria-hidden="true"></div>
            <div class="skeleton" aria-hidden="true"></div>
          </div>
        `;
      case 'error':
        return html`
          <div part="error" class="error" role="alert">
            <p>${msg('The timeline could not be loaded.')} ${this.loadErrorReason()}</p>
            ${this.loadError ? html`<p class="error-detail" dir="ltr" lang="en">${this.loadError.message}</p>` : nothing}
            ${this.src ? html`<button part="retry-button" type="button" @click=${this.reload}>${msg('Try again')}</button>` : nothing}
          </div>
        `;
      case 'ready':
        return this.timeline && this.timeline.events.length > 0
          ? html`${this.renderFilters(this.timeline, lang)} ${this.renderEvents(this.timeline, lang)}`
          : html`<p part="empty" class="empty">${msg('This timeline has no events yet.')}</p>`;
    }
  }

  /** The reader's explanation of a load failure; the technical message goes below, for developers. */
  private loadErrorReason(): string {
    const code = this.loadError instanceof TimelineLoadError ? this.loadError.code : undefined;
    switch (code) {
      case 'timeout':
        return msg('The server took too long to answer.');
      case 'too-large':
        return msg('The timeline file is too large.');
      case 'not-found':
        return msg('The timeline file was not found.');
      case 'http':
        return msg('The server answered with an error.');
      case 'not-json':
      case 'invalid-json':
        return msg('The file is not timeline data.');
      case 'network':
        return msg('The network connection failed.');
      default:
        return '';
    }
  }

  private numeralsFor(lang: string): Numerals {
    return this.numerals === 'latn' || this.numerals === 'arab' ? this.numerals : eventDateLocaleFor(lang).numerals;
  }

  /** Categories in order of first use, with their counts. */
  private categoriesOf(timeline: Timeline): [string, number][] {
    const counts = new Map<string, number>();
    for (const event of timeline.events) if (event.category) counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
    return [...counts];
  }

  private renderFilters(timeline: Timeline, lang: string): TemplateResult | typeof nothing {
    const categories = this.categoriesOf(timeline);
    if (categories.length < 2) return nothing;
    const numerals = this.numeralsFor(lang);
    const all = this.activeCategories.size === 0;
    return html`
      <div part="filters" class="filters" role="group" aria-label=${msg('Filter events by category')}>
        <button type="button" part=${all ? 'filter filter-active' : 'filter'} aria-pressed=${all ? 'true' : 'false'} @click=${() => this.toggleCategory(undefined)}>
          ${msg('All')} <span class="count">${toNumerals(String(timeline.events.length), numerals)}</span>
        </button>
        ${categories.map(([category, count], i) => {
          const pressed = this.activeCategories.has(category);
          const label = this.pick(timeline.categories[category], lang);
          return html`<button
            type="button"
            part=${pressed ? 'filter filter-active' : 'filter'}
            aria-pressed=${pressed ? 'true' : 'false'}
            class=${`color-${(i % CATEGORY_COLORS) + 1}`}
            @click=${() => this.toggleCategory(category)}
          >
            <span class="swatch" aria-hidden="true"></span>
            <span lang=${label?.lang ?? nothing}>${label?.text ?? category}</span>
            <span class="count">${toNumerals(String(count), numerals)}</span>
          </button>`;
        })}
      </div>
    `;
  }

  private renderEvents(timeline: Timeline, lang: string): TemplateResult {
    const locale = eventDateLocaleFor(lang);
    const numerals = this.numeralsFor(lang);
    const options = { locale, numerals };
    const events = this.visible;
    const categoryIndex = new Map(this.categoriesOf(timeline).map(([category], i) => [category, i]));
    const focusedId = events.some((e) => e.id === this.focusedId) ? this.focusedId : events[0]?.id;
    const firstUpcoming = timeline.published ? events.find((e) => e.status) : undefined;
    const published = timeline.published ? formatEventDate(timeline.published, options) : '';
    // What every event's rendering depends on, besides focus, highlight and disclosure.
    const shared = [lang, numerals, this.weekdays, this.gaps, this.collapsed, this.level, getLocale()].join('|');
    const pages: unknown[] = [];
    for (let start = 0; start < this.incremental.limit; start += PAGE_SIZE) {
      const page = events.slice(start, Math.min(start + PAGE_SIZE, this.incremental.limit));
      const has = (id: string | undefined) => (id !== undefined && page.some((e) => e.id === id) ? id : '');
      const open = this.collapsed ? page.filter((e) => this.expanded.has(e.id)).map((e) => e.id).join(' ') : '';
      pages.push(
        guard([shared, timeline, events, page.length, has(focusedId), has(this.highlightedId), open], () =>
          html`<ol role="none" class="page" start=${start + 1}>${page.map((event, i) => {
            const previous = events[start + i - 1];
            const gap = this.gaps && previous ? formatEventGap(previous.date, event.date, options) : undefined;
            const index = event.category === undefined ? undefined : categoryIndex.get(event.category);
            return this.renderEvent(event, lang, {
              dateText: this.dateText(event, options),
              gap,
              now: event === firstUpcoming ? published : undefined,
              color: index === undefined ? undefined : (index % CATEGORY_COLORS) + 1,
              focusable: event.id === focusedId,
            });
          })}</ol>`,
        ),
      );
    }
    return html`<div part="list" class=${events.length > PAGE_SIZE ? 'list long' : 'list'} role="list" @click=${this.onListClick} @keydown=${this.onListKeydown}>${pages}</div>`;
  }

  private dateText(event: TimelineEvent, options: { locale: EventDateLocale; numerals: Numerals }): string {
    const key = `${options.locale.code}|${options.numerals}|${this.weekdays}`;
    let texts = this.dateTexts.get(event);
    if (!texts) this.dateTexts.set(event, (texts = new Map()));
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = formatEventDate(event.date, { ...options, weekday: this.weekdays })));
    return text;
  }

  // The two templates below are the bulk of a long timeline's DOM: every child binding costs a
  // comment marker and every run of whitespace between tags a text node, per event. Bindings that
  // are usually empty share one position, and tags sit flush against each other (block elements,
  // or the flex date line, where whitespace renders nothing).
  private renderEvent(
    event: TimelineEvent,
    lang: string,
    view: { dateText: string; gap?: string; now?: string; color?: number; focusable: boolean },
  ): TemplateResult {
    const title = this.pick(event.title, lang)!;
    const wording = this.pick(event.dateWording, lang);
    const category = event.category ? (this.pick(this.timeline!.categories[event.category], lang) ?? { text: event.category, lang: 'en' }) : undefined;
    const titleTag = HEADINGS[this.level]!;
    const open = !this.collapsed || this.expanded.has(event.id);
    const highlighted = event.id === this.highlightedId;
    const parts = ['event', event.category ? `category-${event.category}` : '', event.status ? 'upcoming' : ''].filter(Boolean).join(' ');
    const classes = ['event', highlighted ? 'highlighted' : '', event.status ?? '', view.color ? `color-${view.color}` : ''].filter(Boolean).join(' ');
    const between =
      view.gap || view.now !== undefined
        ? html`${view.gap ? html`<p part="gap" class="gap">${view.gap}</p>` : nothing}${view.now !== undefined
            ? html`<p part="now" class="now"><span>${msg('At the time of writing')}</span> <span>${view.now}</span></p>`
            : nothing}`
        : nothing;
    return html`<li role="listitem" part=${parts} class=${classes} data-id=${event.id} tabindex=${view.focusable ? '0' : '-1'} aria-labelledby=${`title-${event.index}`} aria-current=${highlighted ? 'true' : nothing}
      ><div class="between">${between}</div
      ><div class="entry"
        ><span part="marker" class="marker" aria-hidden="true"></span
        ><p class="date-line"><time part="date" datetime=${event.date.input}>${view.dateText}</time>${event.status
          ? html`<span part="status" class="status">${event.status === 'planned' ? msg('Planned') : msg('Scheduled')}</span>`
          : nothing}${category ? html`<span part="category" class="category" lang=${category.lang}>${category.text}</span>` : nothing}</p
        >${wording
          ? html`<p part="date-wording" class="date-wording">${msg(html`As written: <bdi lang=${wording.lang}>${wording.text}</bdi>`)}</p>`
          : nothing}${staticHtml`<${titleTag} part="title" class="title" id=${`title-${event.index}`} lang=${title.lang} dir=${directionOf(title.lang)}>${this.text(title)}</${titleTag}>`}${this.collapsed &&
        this.hasDetails(event)
          ? html`<button
              part="toggle"
              class="toggle"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${`details-${event.index}`}
              @click=${() => this.toggleExpanded(event.id)}
            >
              ${open ? msg('Hide details') : msg('Show details')}
            </button>`
          : nothing}<div class="details" id=${`details-${event.index}`} ?hidden=${!open}>${this.renderDetails(event, lang)}</div></div
      ></li>`;
  }

  private hasDetails(event: TimelineEvent): boolean {
    return Boolean(event.description || event.dateNote || event.media || event.links);
  }

  private renderDetails(event: TimelineEvent, lang: string): TemplateResult | typeof nothing {
    const description = this.pick(event.description, lang);
    const note = this.pick(event.dateNote, lang);
    const paragraph = description
      ? html`<p part="description" class="description" lang=${description.lang} dir=${directionOf(description.lang)}>${this.text(description)}</p>`
      : nothing;
    if (!event.media && !event.links && !note) return paragraph;
    return html`${paragraph}${event.media ? this.renderMedia(event.media, lang) : nothing}${event.links
      ? html`<ul part="links" class="links">
          ${event.links.map((link) => {
            const label = this.pick(link.label, lang)!;
            return html`<li><a part="link" href=${link.url} lang=${label.lang} rel="noopener noreferrer">${label.text}</a></li>`;
          })}
        </ul>`
      : nothing}${note
      ? html`<details part="date-note" class="date-note">
          <summary>${msg('How this date was worked out')}</summary>
          <p lang=${note.lang} dir=${directionOf(note.lang)}>${this.text(note)}</p>
        </details>`
      : nothing}`;
  }

  private renderMedia(media: NonNullable<TimelineEvent['media']>, lang: string): TemplateResult {
    const alt = this.pick(media.alt, lang);
    const caption = this.pick(media.caption, lang);
    const credit = this.pick(media.credit, lang);
    return html`
      <figure part="media" class="media">
        <img
          part="image"
          src=${media.url}
          alt=${alt?.text ?? ''}
          loading="lazy"
          decoding="async"
          width=${media.width ?? nothing}
          height=${media.height ?? nothing}
          class=${media.width && media.height ? 'sized' : 'unsized'}
        />
        ${caption || credit
          ? html`<figcaption part="caption">
              ${caption ? html`<span lang=${caption.lang}>${caption.text}</span>` : nothing}
              ${credit ? html`<span class="credit" lang=${credit.lang}>${msg(str`Credit: ${credit.text}`)}</span>` : nothing}
            </figcaption>`
          : nothing}
      </figure>
    `;
  }

  private renderProblems(): TemplateResult {
    const errors = this.problems.filter((p) => p.severity === 'error').length;
    return html`
      <details part="problems" class="problems">
        <summary>${msg(str`Problems in the timeline data: ${errors} left out, ${this.problems.length - errors} ignored`)}</summary>
        <ul dir="ltr" lang="en">
          ${this.problems.map((problem) => html`<li data-severity=${problem.severity}><code>${problem.path || '(file)'}</code> ${problem.message}</li>`)}
        </ul>
      </details>
    `;
  }

  private pick(value: LocalizedText | undefined, lang: string): PickedText | undefined {
    return pickLocalizedText(value, lang, this.timeline?.lang ?? 'en');
  }

  /** Text of the data, never markup; Latin names isolated inside right-to-left text. */
  private text(picked: PickedText): TemplateResult | string {
    if (directionOf(picked.lang) !== 'rtl') return picked.text;
    const runs = splitLatinRuns(picked.text);
    if (!runs.some((run) => run.latin)) return picked.text;
    return html`${runs.map((run) => (run.latin ? html`<bdi dir="ltr">${run.text}</bdi>` : run.text))}`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
  interface HTMLElementEventMap {
    'event-timeline-load': CustomEvent<EventTimelineLoadDetail>;
    'event-timeline-error': CustomEvent<EventTimelineErrorDetail>;
    'event-timeline-select': CustomEvent<EventTimelineSelectDetail>;
  }
}
