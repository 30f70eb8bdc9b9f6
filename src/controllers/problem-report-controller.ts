import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TimelineProblem } from '../data/timeline-data.js';
import type { UiText } from '../i18n/ui-strings.js';

/** What the developer is shown (`templates/problems.ts`, which the host gives the controller to load). */
export interface ProblemReport {
  problemsTemplate(problems: readonly TimelineProblem[], ui: UiText): TemplateResult;
  warnOfProblems(problems: readonly TimelineProblem[]): void;
}
/** Loaded for the first data with problems on the page, then shared by every timeline. */
let report: ProblemReport | undefined;

/**
 * What the page's developer is told about data with problems: the panel (when the page asks for
 * it) and one console warning. Its module loads only for data that has a problem, so a page with
 * valid data never downloads it.
 */
export class ProblemReportController {
  /** Whether the report is still loading: the host announces the data once it is here. */
  loading = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Counts the module load until it settles (the host's `updateComplete` waits for it). */
    private readonly track: (work: Promise<unknown>) => void,
    /** Loads the report's module. */
    private readonly load: () => Promise<ProblemReport>,
  ) {
  }

  /** New data: loads the report if the data has problems and it is not here yet. */
  prepare(problems: readonly TimelineProblem[]): void {
    if (problems.length === 0 || report) return;
    this.loading = true;
    // If it cannot load, the events still show and the error event still fires.
    const loaded = (module?: ProblemReport) => {
      report ??= module;
      this.loading = false;
      this.host.requestUpdate();
    };
    this.track(this.load().then(loaded, () => loaded()));
  }

  /** The panel listing the problems, if there are any and the page shows it. */
  panel(problems: readonly TimelineProblem[], shown: boolean, ui: UiText): TemplateResult | typeof nothing {
    return problems.length > 0 && shown && report ? report.problemsTemplate(problems, ui) : nothing;
  }

  /** One console warning listing the first problems. */
  warn(problems: readonly TimelineProblem[]): void {
    report?.warnOfProblems(problems);
  }
}
