import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { LocalizedText, Timeline, TimelineEvent, TimelineProblem } from './data/timeline-data.js';
import type { EventDateLocale } from './dates/event-date-locale.js';
import { DataSourceController } from './controllers/data-source-controller.js';
import { DeepLinkController } from './controllers/deep-link-controller.js';
import { IncrementalRenderController } from './controllers/incremental-render-controller.js';
import { ProblemReportController } from './controllers/problem-report-controller.js';
import { ReaderLanguageController } from './controllers/reader-language-controller.js';
import { RovingFocusController } from './controllers/roving-focus-controller.js';
import { StructuredDataController } from './controllers/structured-data-controller.js';
import { emit } from './event-timeline.events.js';
import { EventTimelineProperties } from './event-timeline.properties.js';
import { restyle, styles } from './event-timeline.styles.js';
import { directionOf } from './i18n/direction.js';
import type { UiText } from './i18n/ui-strings.js';
import { emptyTemplate, errorTemplate, headingTemplate, loadingTemplate } from './templates/states.js';
import { PAGE_SIZE } from './templates/event-list.js';
import { timelineBodyTemplate } from './templates/timeline-body.js';
import { LAYOUTS, oneOf, ORDERS, THEMES } from './timeline-options.js';
import { DateTextCache, pickText, toggled, visibleEvents } from './view/timeline-view.js';

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/** Private reactive state: a change renders again, and no attribute or API shows it. */
const internalState: PropertyDeclarations = Object.fromEntries(
  ['loadState', 'timeline', 'problems', 'loadError', 'activeCategories', 'expanded', 'highlightedId'].map((name) => [name, { state: true }]),
);

/**
 * A chronological timeline of events, from a JSON data file (`src`), a `data` object, an inline
 * `<script type="application/json">` child, or `<timeline-event>` children written in HTML. Dates
 * are shown at the precision the data gives (`June 2019`, `18–20 August 2020`) in the reader's
 * language; right-to-left languages mirror the whole layout.
 *
 * @summary A chronological timeline of events.
 *
 * @attr lang - The reader's language (`en`, `ckb`, `ar`…); else the nearest ancestor's, the document's, the data's.
 * @attr dir - Force a direction; by default it follows the language.
 * @attr layout - `vertical` (default), `alternating` (both sides of a central line when wide enough) or `horizontal` (a scrollable track).
 * @attr theme - `auto` (default: follows `prefers-color-scheme`), `light` or `dark`.
 * @attr heading-level - Level of the timeline's heading, 1–5 (default 2); event titles are one level below.
 * @attr show-problems - Show the panel that lists invalid data, for editors and Storybook; readers never see it otherwise (the error event and one console warning come either way).
 * @attr format - `timelinejs` to read Knight Lab TimelineJS JSON (detected when unset); `event-timeline` to never convert.
 * @attr structured-data - Add schema.org JSON-LD (an ItemList of Events) for search engines, in the reader's language.
 * @attr timeout - Milliseconds to wait for `src` (default 15000) before showing an error with a retry button.
 * @attr max-bytes - The largest `src` file accepted, in bytes (default 10 MB).
 *
 * @fires {CustomEvent<EventTimelineLoadDetail>} event-timeline-load - Data from any source was parsed and rendered, in the reader's words. `detail`: `{ timeline, problems }`, the parsed timeline and what was wrong in the data (often nothing).
 * @fires {CustomEvent<EventTimelineErrorDetail>} event-timeline-error - Loading failed, or the data had problems (once per data). `detail`: `{ error?, problems }`, why loading failed (network, HTTP status, JSON syntax) when it did, and the events left out or fields ignored, each with its JSON path.
 * @fires {CustomEvent<EventTimelineSelectDetail>} event-timeline-select - The reader chose an event (click, Enter or Space). `detail`: `{ event }`, the event as parsed data (its `id`, date, texts…).
 *
 * @slot - `<timeline-event>` children, or a `<script type="application/json">` with the data. Shown as they are until the script runs.
 *
 * @csspart base - The region around the whole timeline.
 * @csspart heading - The timeline's title.
 * @csspart filters - The group of category filter buttons.
 * @csspart filter - One category filter button; also `category-<id>` for its category.
 * @csspart filter-active - The filter button that is pressed (beside `filter`).
 * @csspart filter-count - The number of events in a filter button.
 * @csspart list - The ordered list of events.
 * @csspart line - The line the events' markers sit on.
 * @csspart event - One event (a list item).
 * @csspart category-<id> - An event of the category `<id>` of the data (beside `event`; whitespace in the id as `-`), e.g. `category-economy`; also its filter button.
 * @csspart upcoming - An event still to come when the source was written, scheduled or planned (beside `event`).
 * @csspart date-line - The line with an event's date, status and category.
 * @csspart marker - The dot on the line beside an event.
 * @csspart date - The `<time>` element with the event's date.
 * @csspart status - The "Scheduled"/"Planned" label of an upcoming event.
 * @csspart category - The category label of an event.
 * @csspart date-wording - The date as the source words it.
 * @csspart date-note - How the date was worked out (a disclosure).
 * @csspart title - An event's title.
 * @csspart toggle - The button that shows and hides an event's details (with `collapsed`).
 * @csspart description - An event's description.
 * @csspart media - An event's figure.
 * @csspart image - An event's image (lazy, its space reserved from its width and height).
 * @csspart caption - An image's caption and credit.
 * @csspart links - An event's list of links.
 * @csspart link - One link of an event.
 * @csspart gap - The time between two events.
 * @csspart now - The "at the time of writing" divider between past and upcoming events.
 * @csspart track-button - The horizontal layout's buttons that scroll the track: `earlier-button` and `later-button`.
 * @csspart earlier-button - Scrolls the horizontal track toward earlier events.
 * @csspart later-button - Scrolls the horizontal track toward later events.
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
 * @cssprop --event-timeline-category-1 - Colour of the first category, in order of first use.
 * @cssprop --event-timeline-category-2 - Colour of the second category.
 * @cssprop --event-timeline-category-3 - Colour of the third category.
 * @cssprop --event-timeline-category-4 - Colour of the fourth category.
 * @cssprop --event-timeline-category-5 - Colour of the fifth category.
 * @cssprop --event-timeline-category-6 - Colour of the sixth (a seventh takes the first colour again) category.
 * @cssprop --event-timeline-category-color - An event's colour (marker, filter swatch); set on `::part(category-<id>)` it colours a category by its id, whatever its order.
 * @cssprop --event-timeline-marker-icon - An image (`url(…)`) in the marker and filter swatch; set on `::part(category-<id>)` for an icon per category.
 * @cssprop --event-timeline-line-width - Thickness of the line.
 * @cssprop --event-timeline-line-color - Colour of the line (the accent colour by default).
 * @cssprop --event-timeline-line-style - Style of the line: `solid` (default), `dashed`, `dotted`.
 * @cssprop --event-timeline-marker-size - Diameter of the markers.
 * @cssprop --event-timeline-marker-radius - Corner radius of the markers (`0` for squares).
 * @cssprop --event-timeline-spacing - Space between events.
 * @cssprop --event-timeline-radius - Corner radius of chips, panels and images.
 * @cssprop --event-timeline-line-height - Line height of text (taller for Arabic script by default).
 * @cssprop --event-timeline-event-width - Width of an event in the horizontal layout.
 */
export class EventTimeline extends EventTimelineProperties {
  static override styles = styles;

  static override properties = internalState;

  /** The values of `layout` this version knows (for a page's or a CMS's layout picker). */
  static readonly layouts = LAYOUTS;

  /** The values of `theme` this version knows. */
  static readonly themes = THEMES;

  private loadState: LoadState = 'idle';
  private timeline?: Timeline;
  private problems: readonly TimelineProblem[] = [];
  private loadError?: Error;
  private activeCategories: ReadonlySet<string> = new Set();
  private expanded: ReadonlySet<string> = new Set();
  private highlightedId?: string;

  /** Data whose load event is still to fire (once it is on screen). */
  private unannounced?: Timeline;
  /** Whether the last render had the words of its language (see ReaderLanguageController). */
  private wordsReady = true;
  /** The language of the last render that had its words. */
  private shownLang?: string;
  /** The events the list shows (after filters), worked out once per data or filter change. */
  private visible: readonly TimelineEvent[] = [];
  private readonly dateTexts = new DateTextCache();
  private readonly language = new ReaderLanguageController(this);
  private readonly source = new DataSourceController(this, {
    loading: () => (this.loadState = 'loading'),
    loaded: (timeline, problems) => this.show(timeline, problems),
    failed: (error) => this.fail(error),
    cleared: () => {
      this.timeline = undefined;
      this.problems = [];
      this.loadError = undefined;
      this.loadState = 'idle';
    },
  });
  private readonly report = new ProblemReportController(this, (work) => this.source.track(work), () => import('./templates/problems.js'));
  /** Long timelines render a slice per frame; see IncrementalRenderController. */
  private readonly incremental = new IncrementalRenderController(this, { renderNow: () => this.performUpdate(), window: PAGE_SIZE });
  private readonly rovingFocus = new RovingFocusController(this, {
    events: () => this.visible,
    incremental: this.incremental,
    select: (event) => this.select(event),
  });
  private readonly deepLink = new DeepLinkController(this, (id, fromNavigation) => this.reveal(id, fromNavigation));

  constructor() {
    super();
    // Controllers that only react to updates register themselves with the element.
    new StructuredDataController(this, {
      wanted: () => (this.structuredData ? this.timeline : undefined),
      lang: () => this.effectiveLang,
      track: (work) => this.source.track(work),
    });
  }

  /**
   * Moved into another document (an iframe, a popup): constructed stylesheets belong to the
   * document that made them, so the styles are made again in the new one.
   */
  adoptedCallback(): void {
    if (this.shadowRoot) restyle(this.shadowRoot, this.ownerDocument.defaultView);
  }

  /**
   * Resolves once the element has rendered what it has, including the work it loads modules for
   * (converting TimelineJS data, writing JSON-LD). Loading `src` is not included: listen for
   * `event-timeline-load`.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    for (;;) {
      const result = await super.getUpdateComplete();
      if (!this.source.busy && !this.language.busy) return result;
      await Promise.all([this.source.settled(), this.language.settled()]);
    }
  }

  /** Loads `src` again (what the retry button does). */
  reload(): void {
    this.source.reload();
  }

  /** The language the element renders in: its own, an ancestor's, the document's, the data's. */
  get effectiveLang(): string {
    return this.lang || this.language.inherited || this.timeline?.lang || 'en';
  }

  /** @internal The language of data that does not say its own (the element's, else the inherited one), for the data source. */
  get contentLang(): string {
    return this.lang || this.language.inherited || 'en';
  }

  /**
   * Moves keyboard focus to an event (and scrolls it into view), rendering it first if a long
   * timeline has not reached it yet. Returns false for an unknown or filtered-out id.
   */
  focusEvent(id: string): boolean {
    return this.rovingFocus.focus(id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout')) this.layout = oneOf(LAYOUTS, 'layout', this.layout, 'vertical');
    if (changed.has('theme')) this.theme = oneOf(THEMES, 'theme', this.theme, 'auto');
    if (changed.has('order')) this.order = oneOf(ORDERS, 'order', this.order, 'oldest-first');
    if ((changed.has('order') || changed.has('gaps')) && this.gaps && this.order === 'newest-first') {
      console.warn('<event-timeline>: gaps are worded oldest first ("14 months later"); with order="newest-first" they are left out.');
    }
    this.source.update(changed.has('data'), changed.has('src'), this.loadState !== 'idle');
    const has = (name: string) => (changed as PropertyValues).has(name);
    if (has('timeline') || has('activeCategories') || has('order')) {
      this.visible = this.timeline ? visibleEvents(this.timeline, this.activeCategories, this.order === 'newest-first') : [];
      // The server renders every event (readers without script see them all); so does the first
      // render in the browser when it hydrates that DOM, which must match it.
      const all = isServer || (!this.hasUpdated && this.shadowRoot?.querySelector('[part~="list"]') != null);
      if (has('timeline') || has('order')) this.incremental.reset(this.visible.length, all);
      else this.incremental.resize(this.visible.length);
    }
  }

  protected override updated(): void {
    // Announced once per data, when its events are on screen in the reader's words.
    if (this.unannounced && this.unannounced === this.timeline && this.loadState === 'ready' && this.wordsReady && !this.report.loading) {
      this.unannounced = undefined;
      emit(this, 'event-timeline-load', { timeline: this.timeline, problems: this.problems });
      if (this.problems.length > 0) {
        emit(this, 'event-timeline-error', { problems: this.problems });
        this.report.warn(this.problems);
      }
      if (!this.deepLink.follow(false) && this.startAt) this.rovingFocus.startAt(this.startAt === 'end' ? this.visible.at(-1)?.id : this.startAt);
    }
    // The event the reader is on (focused by keys, a click or a link), not one merely started at.
    if (this.hashLinks) this.deepLink.write((this.shadowRoot?.activeElement as HTMLElement | null)?.dataset.id);
  }

  private show(timeline: Timeline, problems: readonly TimelineProblem[]): void {
    this.timeline = timeline;
    this.unannounced = timeline;
    this.problems = problems;
    this.loadError = undefined;
    this.loadState = 'ready';
    const categories = new Set(timeline.events.map((e) => e.category));
    this.activeCategories = new Set([...this.activeCategories].filter((c) => categories.has(c)));
    this.rovingFocus.keepIfIn(timeline.events);
    this.report.prepare(problems);
  }

  private fail(error: Error): void {
    this.loadError = error;
    this.loadState = 'error';
    this.timeline = undefined;
    emit(this, 'event-timeline-error', { error, problems: [] });
  }

  /** A deep link to `id`: show it (clearing filters that hide it), open, highlight and focus it. */
  private reveal(id: string, fromNavigation: boolean): boolean {
    const event = this.timeline?.events.find((e) => e.id === id);
    if (!event) return false;
    if (event.category && this.activeCategories.size > 0 && !this.activeCategories.has(event.category)) this.activeCategories = new Set();
    if (this.collapsed) this.expanded = new Set([...this.expanded, id]);
    this.highlightedId = id;
    this.rovingFocus.focusAfterUpdate(id);
    if (fromNavigation) this.requestUpdate();
    return true;
  }

  private toggleCategory(category: string | undefined): void {
    this.activeCategories = category === undefined ? new Set() : toggled(this.activeCategories, category);
  }

  private select(event: TimelineEvent): void {
    this.rovingFocus.focusedId = event.id;
    if (this.hashLinks) this.deepLink.write(event.id);
    this.requestUpdate();
    emit(this, 'event-timeline-select', { event });
  }

  private get level(): number {
    const level = Math.round(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(Math.max(level, 1), 5) : 2;
  }

  protected override render(): TemplateResult {
    // Until a language's words arrive, the timeline shows in the language it showed before (then
    // changes in place), or as loading the first time: never in English first.
    let words = this.wordsIn(this.effectiveLang);
    if (!words.ready && this.shownLang !== undefined) words = this.wordsIn(this.shownLang);
    if (words.ready) this.shownLang = words.lang;
    this.wordsReady = words.ready || isServer;
    const { lang, title, ui, dates } = words;
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
        ${headingTemplate(this.level, title, ui)} ${this.renderBody(lang, ui, dates)}
        ${this.report.panel(this.problems, this.showProblems, ui)}
      </section>
    `;
  }

  /** The words of `lang`; the interface speaks it, else the language of the texts shown (the title's). */
  private wordsIn(lang: string) {
    const title = this.timeline ? this.pick(this.timeline.title, lang) : undefined;
    return { lang, title, ...this.language.words(lang, title?.lang ?? this.timeline?.lang ?? this.contentLang) };
  }

  private renderBody(lang: string, ui: UiText, dates: EventDateLocale): TemplateResult | typeof nothing {
    switch (this.wordsReady ? this.loadState : 'loading') {
      case 'idle':
      case 'loading':
        return loadingTemplate(ui);
      case 'error':
        return errorTemplate(this.loadError, this.src ? () => this.reload() : undefined, ui);
      case 'ready':
        return this.timeline && this.timeline.events.length > 0 ? this.renderTimeline(this.timeline, lang, ui, dates) : emptyTemplate(ui);
    }
  }

  private renderTimeline(timeline: Timeline, lang: string, ui: UiText, dates: EventDateLocale): TemplateResult {
    return timelineBodyTemplate({
      timeline,
      ui,
      dates,
      events: this.visible,
      lang,
      numerals: this.numerals,
      weekdays: this.weekdays,
      gaps: this.gaps && this.order !== 'newest-first',
      newestFirst: this.order === 'newest-first',
      horizontal: this.layout === 'horizontal',
      activeCategories: this.activeCategories,
      limit: this.incremental.limit,
      ahead: this.incremental.ahead,
      tabStop: this.rovingFocus.tabStop(this.visible),
      dateTexts: this.dateTexts,
      level: this.level,
      collapsed: this.collapsed,
      expanded: this.expanded,
      highlightedId: this.highlightedId,
      pick: (value) => this.pick(value, lang),
      toggleExpanded: (id) => (this.expanded = toggled(this.expanded, id)),
      toggleCategory: (category) => this.toggleCategory(category),
      onClick: this.rovingFocus.onClick,
      onKeydown: this.rovingFocus.onKeydown,
    });
  }

  private pick(value: LocalizedText | undefined, lang: string) {
    return pickText(this.timeline, value, lang);
  }
}
