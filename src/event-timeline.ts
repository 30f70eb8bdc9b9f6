import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatEventDate, formatEventGap } from './dates/format-event-date.js';
import { eventDateLocaleFor } from './dates/locales/index.js';
import type { Numerals } from './dates/numerals.js';
import { pickLocalizedText, type PickedText } from './data/localized-text.js';
import { formatProblem, parseTimeline } from './data/parse-timeline.js';
import type { LocalizedText, Timeline, TimelineEvent, TimelineProblem } from './data/timeline-data.js';
import { styles } from './event-timeline.styles.js';
import { directionOf, splitLatinRuns } from './i18n/direction.js';
import { setLocale, uiLocaleFor, type UiLocale } from './i18n/localization.js';

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

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * A chronological timeline of events, from a JSON data file (`src`), a `data` object, or an inline
 * `<script type="application/json">` child. Dates are shown at the precision the data gives
 * (`June 2019`, `18–20 August 2020`) in the reader's language; right-to-left languages mirror the
 * whole layout.
 *
 * @summary A chronological timeline of events.
 *
 * @attr src - URL of a timeline JSON file, fetched when set.
 * @attr lang - The reader's language (`en`, `ckb`, `ar`…); else the nearest ancestor's, the document's, the data's.
 * @attr dir - Force a direction; by default it follows the language.
 * @attr numerals - `latn` for Latin digits in Kurdish and Arabic; by default each language's own.
 * @attr gaps - Show the time between events where it is a month or more ("14 months later").
 * @attr weekdays - Name the weekday of day-precision dates.
 * @attr hide-problems - Do not show the panel that lists invalid data (the error event still fires).
 *
 * @fires {CustomEvent<EventTimelineLoadDetail>} event-timeline-load - Data from any source was parsed and rendered.
 * @fires {CustomEvent<EventTimelineErrorDetail>} event-timeline-error - Loading failed, or the data had problems (once per data).
 *
 * @slot - An optional `<script type="application/json">` holding the timeline data.
 *
 * @csspart base - The region around the whole timeline.
 * @csspart heading - The timeline's title.
 * @csspart list - The ordered list of events.
 * @csspart event - One event (a list item).
 * @csspart marker - The dot on the line beside an event.
 * @csspart date - The `<time>` element with the event's date.
 * @csspart status - The "Scheduled"/"Planned" label of an upcoming event.
 * @csspart date-wording - The date as the source words it.
 * @csspart date-note - How the date was worked out (a disclosure).
 * @csspart title - An event's title.
 * @csspart description - An event's description.
 * @csspart gap - The time between two events.
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
 * @cssprop --event-timeline-accent-color - Markers, line and links.
 * @cssprop --event-timeline-upcoming-color - Marker and label of upcoming events.
 * @cssprop --event-timeline-line-width - Thickness of the line.
 * @cssprop --event-timeline-marker-size - Diameter of the markers.
 * @cssprop --event-timeline-spacing - Space between events.
 * @cssprop --event-timeline-line-height - Line height of text (taller for Arabic script by default).
 */
// @customElement must come last (decorators apply bottom-up): defining the element upgrades
// elements already in the page, and they need the localization controller @localized adds.
@customElement('event-timeline')
@localized()
export class EventTimeline extends LitElement {
  static override styles = styles;

  /** URL of a timeline JSON file. */
  @property({ reflect: true }) src?: string;

  /** Timeline data as an object (what `JSON.parse` gives). Takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) data?: unknown;

  /** The reader's language. Unset, it is inherited from ancestors, the document, then the data. */
  @property() override lang = '';

  /** `ltr` or `rtl` to force a direction; empty, it follows the language. */
  @property() override dir = '';

  /** `latn` to write dates with Latin digits whatever the language. */
  @property() numerals?: Numerals;

  /** Show the time between events when it is a month or more. */
  @property({ type: Boolean }) gaps = false;

  /** Name the weekday of day-precision dates. */
  @property({ type: Boolean }) weekdays = false;

  /** Hide the developer panel listing invalid data. */
  @property({ type: Boolean, attribute: 'hide-problems' }) hideProblems = false;

  @state() private loadState: LoadState = 'idle';
  @state() private timeline?: Timeline;
  @state() private problems: readonly TimelineProblem[] = [];
  @state() private loadError?: Error;
  @state() private inheritedLang = '';

  private inlineJson?: string;
  private requestedLocale?: UiLocale;
  private abortController?: AbortController;
  private readonly rootObserver = new MutationObserver(() => this.readInheritedLang());
  private readonly childObserver = new MutationObserver(() => this.readInlineData());

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInheritedLang();
    this.rootObserver.observe(this.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.readInlineData();
    // A load that disconnecting aborted starts again.
    if (this.loadState === 'idle' && this.src) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.rootObserver.disconnect();
    this.childObserver.disconnect();
    this.abortController?.abort();
    if (this.loadState === 'loading') this.loadState = 'idle';
  }

  /** Loads `src` again (what the retry button does). */
  reload(): void {
    if (this.src) void this.load(this.src);
  }

  /** The language the element renders in: its own, an ancestor's, the document's, the data's. */
  get effectiveLang(): string {
    return this.lang || this.inheritedLang || this.timeline?.lang || 'en';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) {
      this.abortController?.abort();
      this.accept(this.data);
    } else if ((changed.has('src') || this.loadState === 'idle') && this.data === undefined && this.src && this.isConnected) {
      void this.load(this.src);
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
    }
  }

  private readInheritedLang(): void {
    const ancestor = this.parentElement?.closest('[lang]');
    this.inheritedLang = ancestor?.getAttribute('lang') || this.ownerDocument.documentElement.lang || '';
  }

  private readInlineData(): void {
    const script = this.querySelector('script[type="application/json"]');
    const json = script?.textContent ?? undefined;
    if (json === undefined || json === this.inlineJson) return;
    this.inlineJson = json;
    if (this.data !== undefined || this.src) return;
    try {
      this.accept(JSON.parse(json));
    } catch (error) {
      this.fail(new Error(`The inline JSON is not valid: ${(error as Error).message}`));
    }
  }

  private async load(url: string): Promise<void> {
    this.abortController?.abort();
    const controller = new AbortController();
    this.abortController = controller;
    this.loadState = 'loading';
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new Error(`${url} is not valid JSON: ${(error as Error).message}`, { cause: error });
      }
      if (controller.signal.aborted) return;
      this.accept(json);
    } catch (error) {
      // A newer request, or disconnecting, aborted this one: its result no longer matters.
      if (controller.signal.aborted) return;
      this.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private accept(json: unknown): void {
    const { timeline, problems } = parseTimeline(json);
    this.timeline = timeline;
    this.problems = problems;
    this.loadError = undefined;
    this.loadState = 'ready';
  }

  private fail(error: Error): void {
    this.loadError = error;
    this.loadState = 'error';
    this.timeline = undefined;
    this.emit<EventTimelineErrorDetail>('event-timeline-error', { error, problems: [] });
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult {
    const lang = this.effectiveLang;
    const dir = this.dir === 'ltr' || this.dir === 'rtl' ? this.dir : directionOf(lang);
    return html`
      <section part="base" class="timeline" lang=${lang} dir=${dir} aria-labelledby="heading" aria-busy=${this.loadState === 'loading' ? 'true' : 'false'}>
        ${this.renderHeading(lang)} ${this.renderBody(lang)}
        ${this.problems.length > 0 && !this.hideProblems ? this.renderProblems() : nothing}
      </section>
    `;
  }

  private renderHeading(lang: string): TemplateResult {
    const title = this.timeline ? this.pick(this.timeline.title, lang) : undefined;
    return title && title.text
      ? html`<h2 part="heading" id="heading" lang=${title.lang} dir=${directionOf(title.lang)}>${title.text}</h2>`
      : html`<h2 part="heading" id="heading" class="visually-hidden">${msg('Timeline')}</h2>`;
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
            <p>${msg('The timeline could not be loaded.')}</p>
            ${this.loadError ? html`<p class="error-detail" dir="ltr" lang="en">${this.loadError.message}</p>` : nothing}
            ${this.src ? html`<button part="retry-button" type="button" @click=${this.reload}>${msg('Try again')}</button>` : nothing}
          </div>
        `;
      case 'ready':
        return this.timeline && this.timeline.events.length > 0
          ? this.renderEvents(this.timeline, lang)
          : html`<p part="empty" class="empty">${msg('This timeline has no events yet.')}</p>`;
    }
  }

  private renderEvents(timeline: Timeline, lang: string): TemplateResult {
    const locale = eventDateLocaleFor(lang);
    const numerals = this.numerals === 'latn' || this.numerals === 'arab' ? this.numerals : undefined;
    const options = { locale, ...(numerals ? { numerals } : {}) };
    return html`
      <ol part="list" class="list">
        ${timeline.events.map((event, i) => {
          const previous = timeline.events[i - 1];
          const gap = this.gaps && previous ? formatEventGap(previous.date, event.date, options) : undefined;
          return this.renderEvent(event, lang, formatEventDate(event.date, { ...options, weekday: this.weekdays }), gap);
        })}
      </ol>
    `;
  }

  private renderEvent(event: TimelineEvent, lang: string, dateText: string, gap?: string): TemplateResult {
    const title = this.pick(event.title, lang)!;
    const description = this.pick(event.description, lang);
    const wording = this.pick(event.dateWording, lang);
    const note = this.pick(event.dateNote, lang);
    return html`
      <li part="event" class="event" id=${`event-${event.id}`} data-id=${event.id} data-category=${event.category ?? nothing} data-status=${event.status ?? 'past'}>
        ${gap ? html`<p part="gap" class="gap">${gap}</p>` : nothing}
        <div class="entry">
          <span part="marker" class="marker" aria-hidden="true"></span>
          <p class="date-line">
            <time part="date" datetime=${event.date.input}>${dateText}</time>
            ${event.status ? html`<span part="status" class="status">${event.status === 'planned' ? msg('Planned') : msg('Scheduled')}</span>` : nothing}
          </p>
          ${wording
            ? html`<p part="date-wording" class="date-wording">
                ${msg(html`As written: <bdi lang=${wording.lang}>${wording.text}</bdi>`)}
              </p>`
            : nothing}
          <h3 part="title" class="title" lang=${title.lang} dir=${directionOf(title.lang)}>${this.text(title)}</h3>
          ${description
            ? html`<p part="description" class="description" lang=${description.lang} dir=${directionOf(description.lang)}>${this.text(description)}</p>`
            : nothing}
          ${note
            ? html`<details part="date-note" class="date-note">
                <summary>${msg('How this date was worked out')}</summary>
                <p lang=${note.lang} dir=${directionOf(note.lang)}>${this.text(note)}</p>
              </details>`
            : nothing}
        </div>
      </li>
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
  }
}
