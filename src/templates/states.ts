import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { PickedText } from '../data/localized-text.js';
import type { TimelineProblem } from '../data/timeline-data.js';
import { directionOf } from '../i18n/direction.js';
import { TimelineLoadError } from '../load-timeline-json.js';

/** `<h1>`…`<h6>`, by level. */
export const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The timeline's title, or a hidden "Timeline" that still names the region. */
export function headingTemplate(level: number, title: PickedText | undefined): TemplateResult {
  const tag = HEADINGS[level - 1]!;
  return title && title.text
    ? staticHtml`<${tag} part="heading" id="heading" lang=${title.lang} dir=${directionOf(title.lang)}>${title.text}</${tag}>`
    : staticHtml`<${tag} part="heading" id="heading" class="visually-hidden">${msg('Timeline')}</${tag}>`;
}

export function loadingTemplate(): TemplateResult {
  return html`
    <div part="loading" class="loading" role="status">
      <span class="visually-hidden">${msg('Loading the timeline…')}</span>
      <div class="skeleton" aria-hidden="true"></div>
      <div class="skeleton" aria-hidden="true"></div>
      <div class="skeleton" aria-hidden="true"></div>
    </div>
  `;
}

/** The reader's explanation of a load failure; the technical message below it is for developers. */
export function errorTemplate(error: Error | undefined, retry: (() => void) | undefined): TemplateResult {
  return html`
    <div part="error" class="error" role="alert">
      <p>${msg('The timeline could not be loaded.')} ${loadErrorReason(error)}</p>
      ${error ? html`<p class="error-detail" dir="ltr" lang="en">${error.message}</p>` : nothing}
      ${retry ? html`<button part="retry-button" type="button" @click=${retry}>${msg('Try again')}</button>` : nothing}
    </div>
  `;
}

export function emptyTemplate(): TemplateResult {
  return html`<p part="empty" class="empty">${msg('This timeline has no events yet.')}</p>`;
}

/** The panel listing invalid data, for the page's developer (in English, as the messages are). */
export function problemsTemplate(problems: readonly TimelineProblem[]): TemplateResult {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return html`
    <details part="problems" class="problems">
      <summary>${msg(str`Problems in the timeline data: ${errors} left out, ${problems.length - errors} ignored`)}</summary>
      <ul dir="ltr" lang="en">
        ${problems.map((problem) => html`<li data-severity=${problem.severity}><code>${problem.path || '(file)'}</code> ${problem.message}</li>`)}
      </ul>
    </details>
  `;
}

function loadErrorReason(error: Error | undefined): string {
  switch (error instanceof TimelineLoadError ? error.code : undefined) {
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
