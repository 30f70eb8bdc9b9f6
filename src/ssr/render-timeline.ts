/**
 * Server-side rendering with @lit-labs/ssr: the element with its declarative shadow DOM and every
 * event's full text, readable with JavaScript off; the data inline, so that the script, when it
 * loads, hydrates the same DOM instead of building it again; schema.org JSON-LD. Node only.
 */
import '../data/full-problem-details.js';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { parseTimeline } from '../data/parse-timeline.js';
import { pickLocalizedText } from '../data/localized-text.js';
import { jsonLdScriptText, timelineJsonLd } from '../data/timeline-json-ld.js';
import { directionOf } from '../i18n/direction.js';
import { loadLanguage } from '../i18n/localization.js';
import type { Numerals } from '../dates/numerals.js';
import { missingOptionalPeer } from '../optional-peers.js';
import type {
  EventTimelineDirection,
  EventTimelineFormat,
  EventTimelineHeadingLevel,
  EventTimelineLayout,
  EventTimelineOrder,
  EventTimelineTheme,
} from '../timeline-options.js';
import { readTimelineInput } from './timeline-input.js';

// No global DOM shim: Lit's Node build brings the little it needs (HTMLElement, customElements),
// and the server process gains no window, document or location. The element is imported when a
// render first asks for it, so that importing this module costs a server nothing.
let defined: Promise<unknown> | undefined;
function defineElement(): Promise<unknown> {
  return (defined ??= import('../event-timeline.js'));
}

/** @lit-labs/ssr, an optional peer dependency: loaded at the first render, or a message saying to install it. */
async function loadLitSsr() {
  try {
    return await Promise.all([import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js')]);
  } catch (error) {
    if (!missingOptionalPeer(error)) throw error;
    throw new Error('event-timeline/ssr needs @lit-labs/ssr (an optional peer dependency): npm install @lit-labs/ssr', { cause: error });
  }
}

/**
 * The element's attributes that change what it renders, with the same names in camelCase and the
 * same values; each is written on the rendered `<event-timeline>` tag too, so that the browser's
 * first render matches the server's. Not here: `src`, `timeout` and `max-bytes` (the server is
 * given the data), `structured-data` (the JSON-LD is `RenderedTimeline.jsonLd`) and `show-problems`
 * (a reader's page has no developer panel); `label` titles `<timeline-event>` children only, which
 * a server render never has.
 */
export interface RenderTimelineOptions {
  /** The reader's language; the data's by default. */
  lang?: string;
  /** Force a direction; by default it follows the language. */
  dir?: EventTimelineDirection;
  layout?: EventTimelineLayout;
  /** `newest-first` to show the latest event first. */
  order?: EventTimelineOrder;
  theme?: EventTimelineTheme;
  /** Level of the timeline's heading (2 by default); event titles are one level below. */
  headingLevel?: EventTimelineHeadingLevel;
  /** `latn` for Latin digits in Kurdish and Arabic; by default each language's own. */
  numerals?: Numerals;
  /** Show the time between events where it is a month or more. */
  gaps?: boolean;
  /** Name the weekday of day-precision dates. */
  weekdays?: boolean;
  /** Show events as date and title, their details behind a toggle. */
  collapsed?: boolean;
  /**
   * `timelinejs` to read Knight Lab TimelineJS JSON (detected when unset), `event-timeline` to never
   * convert. Converted here, as the element would: the page carries the converted data.
   */
  format?: EventTimelineFormat;
}

export interface RenderedTimeline {
  /** `<event-timeline>` with its declarative shadow DOM and inline data. */
  readonly element: string;
  /** `<script type="application/ld+json">` with the schema.org ItemList. */
  readonly jsonLd: string;
  readonly lang: string;
  /** The timeline's direction: `dir`, else its language's. */
  readonly dir: EventTimelineDirection;
  readonly title: string;
}

// Text that goes inside <script type="application/json">: it must not be able to close it.
const inlineJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

export async function renderTimeline(data: unknown, options: RenderTimelineOptions = {}): Promise<RenderedTimeline> {
  const [{ render }, { collectResult }] = await loadLitSsr();
  await defineElement();
  const input = readTimelineInput(data, options.format, options.lang);
  const { timeline } = parseTimeline(input.data);
  const lang = options.lang || timeline.lang;
  // The interface strings (Scheduled, As written…) of the reader's language and of the data's,
  // loaded before rendering. Each element renders in its own language, so renders of different
  // languages may run at the same time.
  await Promise.all([loadLanguage(lang), loadLanguage(timeline.lang)]);
  // Both the data and the inline copy: the server renders from the property, the client
  // hydrates from the <script> child, so the two renders match. The inline copy is in this
  // package's format whatever came in: `format` tells the browser not to convert it again.
  const result = render(html`<event-timeline
    lang=${lang}
    dir=${options.dir ?? nothing}
    layout=${options.layout ?? 'vertical'}
    order=${options.order ?? nothing}
    theme=${options.theme ?? 'auto'}
    heading-level=${options.headingLevel ?? nothing}
    numerals=${options.numerals ?? nothing}
    format=${options.format || input.converted ? 'event-timeline' : nothing}
    ?gaps=${options.gaps}
    ?weekdays=${options.weekdays}
    ?collapsed=${options.collapsed}
    .data=${input.data}
    >${unsafeHTML(`<script type="application/json">${inlineJson(input.data)}</script>`)}</event-timeline
  >`);
  const element = await collectResult(result);
  const jsonLd = `<script type="application/ld+json">${jsonLdScriptText(timelineJsonLd(timeline, lang))}</script>`;
  const title = pickLocalizedText(timeline.title, lang, timeline.lang)?.text ?? '';
  return { element, jsonLd, lang, dir: options.dir ?? directionOf(lang), title };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A complete page: the timeline readable without script, and `scriptUrl` (the hydrating bundle,
 * `dist/event-timeline.hydrate.js`) to make it interactive when it loads.
 */
export async function renderTimelinePage(data: unknown, options: RenderTimelineOptions & { scriptUrl?: string } = {}): Promise<string> {
  const rendered = await renderTimeline(data, options);
  const script = options.scriptUrl ? `\n    <script type="module" src="${escapeHtml(options.scriptUrl)}"></script>` : '';
  return `<!doctype html>
<html lang="${escapeHtml(rendered.lang)}" dir="${rendered.dir}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(rendered.title)}</title>
    ${rendered.jsonLd}${script}
    <style>body{margin:0 auto;max-inline-size:46rem;padding:1rem}</style>
  </head>
  <body>
    ${rendered.element}
  </body>
</html>
`;
}

