/**
 * Server-side rendering with @lit-labs/ssr: the element with its declarative shadow DOM and every
 * event's full text, readable with JavaScript off; the data inline, so that the script, when it
 * loads, hydrates the same DOM instead of building it again; schema.org JSON-LD. Node only.
 */
import '../data/full-problem-details.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { parseTimeline } from '../data/parse-timeline.js';
import { pickLocalizedText } from '../data/localized-text.js';
import { jsonLdScriptText, timelineJsonLd } from '../data/timeline-json-ld.js';
import { directionOf } from '../i18n/direction.js';
import { loadLanguage } from '../i18n/localization.js';
import { missingOptionalPeer } from '../optional-peers.js';
import type { EventTimelineLayout, EventTimelineTheme } from '../timeline-options.js';

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

export interface RenderTimelineOptions {
  /** The reader's language; the data's by default. */
  lang?: string;
  layout?: EventTimelineLayout;
  theme?: EventTimelineTheme;
  gaps?: boolean;
  weekdays?: boolean;
}

export interface RenderedTimeline {
  /** `<event-timeline>` with its declarative shadow DOM and inline data. */
  readonly element: string;
  /** `<script type="application/ld+json">` with the schema.org ItemList. */
  readonly jsonLd: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
}

// Text that goes inside <script type="application/json">: it must not be able to close it.
const inlineJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

export async function renderTimeline(data: unknown, options: RenderTimelineOptions = {}): Promise<RenderedTimeline> {
  const [{ render }, { collectResult }] = await loadLitSsr();
  await defineElement();
  const { timeline } = parseTimeline(data);
  const lang = options.lang || timeline.lang;
  // The interface strings (Scheduled, As written…) of the reader's language and of the data's,
  // loaded before rendering. Each element renders in its own language, so renders of different
  // languages may run at the same time.
  await Promise.all([loadLanguage(lang), loadLanguage(timeline.lang)]);
  // Both the data and the inline copy: the server renders from the property, the client
  // hydrates from the <script> child, so the two renders match.
  const result = render(html`<event-timeline
    lang=${lang}
    layout=${options.layout ?? 'vertical'}
    theme=${options.theme ?? 'auto'}
    ?gaps=${options.gaps}
    ?weekdays=${options.weekdays}
    .data=${data}
    >${unsafeHTML(`<script type="application/json">${inlineJson(data)}</script>`)}</event-timeline
  >`);
  const element = await collectResult(result);
  const jsonLd = `<script type="application/ld+json">${jsonLdScriptText(timelineJsonLd(timeline, lang))}</script>`;
  const title = pickLocalizedText(timeline.title, lang, timeline.lang)?.text ?? '';
  return { element, jsonLd, lang, dir: directionOf(lang), title };
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

