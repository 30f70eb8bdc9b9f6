import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { PickedText } from '../data/localized-text.js';
import { directionOf } from '../i18n/direction.js';
import type { UiText } from '../i18n/ui-strings.js';
import type { TimelineStrings } from '../languages/timeline-strings.js';
import { TimelineLoadError } from '../load-timeline-json.js';

/** `<h1>`…`<h6>`, by level. */
export const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The timeline's title, or a hidden "Timeline" that still names the region. */
export function headingTemplate(level: number, title: PickedText | undefined, ui: UiText): TemplateResult {
  const tag = HEADINGS[level - 1]!;
  return title && title.text
    ? staticHtml`<${tag} part="heading" id="heading" lang=${title.lang} dir=${directionOf(title.lang)}>${title.text}</${tag}>`
    : staticHtml`<${tag} part="heading" id="heading" class="visually-hidden" lang=${ui.lang ?? nothing} dir=${ui.dir ?? nothing}>${ui.strings.timeline}</${tag}>`;
}

export function loadingTemplate(ui: UiText): TemplateResult {
  return html`
    <div part="loading" class="loading" role="status">
      <span class="visually-hidden" lang=${ui.lang ?? nothing} dir=${ui.dir ?? nothing}>${ui.strings.loading}</span>
      <div class="skeleton" aria-hidden="true"></div>
      <div class="skeleton" aria-hidden="true"></div>
      <div class="skeleton" aria-hidden="true"></div>
    </div>
  `;
}

/** The reader's explanation of a load failure; the technical message below it is for developers. */
export function errorTemplate(error: Error | undefined, retry: (() => void) | undefined, ui: UiText): TemplateResult {
  const { strings } = ui;
  return html`
    <div part="error" class="error" role="alert">
      <p lang=${ui.lang ?? nothing} dir=${ui.dir ?? nothing}>${strings.loadFailed} ${loadErrorReason(error, strings)}</p>
      ${error ? html`<p class="error-detail" dir="ltr" lang="en">${error.message}</p>` : nothing}
      ${retry ? html`<button part="retry-button" type="button" lang=${ui.lang ?? nothing} dir=${ui.dir ?? nothing} @click=${retry}>${strings.retry}</button>` : nothing}
    </div>
  `;
}

export function emptyTemplate(ui: UiText): TemplateResult {
  return html`<p part="empty" class="empty" lang=${ui.lang ?? nothing} dir=${ui.dir ?? nothing}>${ui.strings.empty}</p>`;
}

function loadErrorReason(error: Error | undefined, strings: TimelineStrings): string {
  switch (error instanceof TimelineLoadError ? error.code : undefined) {
    case 'timeout':
      return strings.errorTimeout;
    case 'too-large':
      return strings.errorTooLarge;
    case 'not-found':
      return strings.errorNotFound;
    case 'http':
      return strings.errorHttp;
    case 'not-json':
    case 'invalid-json':
      return strings.errorNotTimeline;
    case 'network':
      return strings.errorNetwork;
    default:
      return '';
  }
}
