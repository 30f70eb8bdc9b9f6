import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Timeline } from '../data/timeline-data.js';

/**
 * schema.org JSON-LD for the events (`structured-data`), written into the element's light DOM,
 * where crawlers read it. The writer (`json-ld-script.ts`) loads only for a page that asks for it.
 * On a page that enforces Trusted Types, a `trusted-types` directive must allow the policy name
 * `event-timeline-json-ld`.
 */
export class StructuredDataController implements ReactiveController {
  /** What was last written: the same data in the same language is not written again. */
  private written?: { timeline: Timeline; lang: string };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: {
      /** The timeline to describe, when the page asked for structured data. */
      readonly wanted: () => Timeline | undefined;
      /** The language to describe it in. */
      readonly lang: () => string;
      /** Counts the module load until it settles (the host's `updateComplete` waits for it). */
      readonly track: (work: Promise<unknown>) => void;
    },
  ) {
    host.addController(this);
  }

  /** After each update: writes the JSON-LD, unless the same data in the same language is there. */
  hostUpdated(): void {
    const timeline = this.options.wanted();
    const lang = this.options.lang();
    if (!timeline || (this.written?.timeline === timeline && this.written.lang === lang)) return;
    this.written = { timeline, lang };
    this.options.track(this.writeScript(timeline, lang));
  }

  private async writeScript(timeline: Timeline, lang: string): Promise<void> {
    try {
      const { writeJsonLd } = await import('./json-ld-script.js');
      writeJsonLd(this.host, timeline, lang);
    } catch (error) {
      console.warn('<event-timeline>: structured data could not be added to this page:', error);
    }
  }
}
