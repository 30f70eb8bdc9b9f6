/**
 * What the page's developer is told about data with problems: the panel (with `show-problems`) and
 * the console warning. Loaded only for data that has a problem, after its messages' details.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatProblem } from '../data/parse-timeline.js';
import type { TimelineProblem } from '../data/timeline-data.js';
import type { UiText } from '../i18n/ui-strings.js';
import { fillPlaceholders } from '../languages/timeline-strings.js';

/** How many problems the panel lists; the rest are counted (the error event has them all). */
const PROBLEMS_LISTED = 100;

/** The panel listing invalid data, for the page's developer (in English, as the messages are). */
export function problemsTemplate(problems: readonly TimelineProblem[], ui: UiText): TemplateResult {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return html`
    <details part="problems" class="problems">
      <summary lang=${ui.lang ?? nothing} dir=${ui.dir ?? nothing}>${fillPlaceholders(ui.strings.problems, errors, problems.length - errors)}</summary>
      <ul dir="ltr" lang="en">
        ${problems.slice(0, PROBLEMS_LISTED).map((problem) => html`<li data-severity=${problem.severity}><code>${problem.path || '(file)'}</code> ${problem.message}</li>`)}
        ${problems.length > PROBLEMS_LISTED ? html`<li>… and ${problems.length - PROBLEMS_LISTED} more: the <code>event-timeline-error</code> event lists them all.</li>` : nothing}
      </ul>
    </details>
  `;
}

/** One console warning, with the first problems one per line. */
export function warnOfProblems(problems: readonly TimelineProblem[]): void {
  console.warn(`<event-timeline>: ${problems.length} problem(s) in the timeline data:\n` + problemLines(problems).map((line) => `  ${line}`).join('\n'));
}

/**
 * The first `limit` problems, one line each, then how many more there are: what a console or a
 * panel shows of data with 100,000 problems without building 100,000 lines.
 */
function problemLines(problems: readonly TimelineProblem[], limit = 100): string[] {
  const lines = problems.slice(0, limit).map(formatProblem);
  if (problems.length > limit) lines.push(`… and ${problems.length - limit} more (the event-timeline-error event lists them all)`);
  return lines;
}
