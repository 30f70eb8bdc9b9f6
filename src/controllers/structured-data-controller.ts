import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Timeline } from '../data/timeline-data.js';

/**
 * schema.org JSON-LD for the events (`structured-data`), written into the element's light DOM,
 * where crawlers read it. The writer loads only for a page that asks for it. On a page that enforces
 * Trusted Types, the text goes through a policy named `event-timeline-json-ld` (JSON this library
 * wrote and escaped, nothing else): a `trusted-types` directive must allow that name.
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
    const { host } = this;
    let script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
    try {
      if (!script) {
        script = host.ownerDocument.createElement('script');
        script.type = 'application/ld+json';
        host.append(script);
      }
      const { jsonLdScriptText, timelineJsonLd } = await import('../data/timeline-json-ld.js');
      script.textContent = trusted(host.ownerDocument.defaultView, jsonLdScriptText(timelineJsonLd(timeline, lang))) as string;
    } catch (error) {
      console.warn('<event-timeline>: structured data could not be added to this page:', error);
    }
  }
}

interface TrustedTypesWindow {
  trustedTypes?: { createPolicy(name: string, rules: { createScript(text: string): string }): { createScript(text: string): unknown } };
}
const policies = new WeakMap<object, { createScript(text: string): unknown }>();

/** JSON-LD text as a TrustedScript where the page has Trusted Types (one policy per window), else as is. */
function trusted(view: (Window & TrustedTypesWindow) | null, text: string): unknown {
  const factory = view?.trustedTypes;
  if (!factory) return text;
  let policy = policies.get(factory);
  if (!policy) {
    // The text is JSON from `jsonLdScriptText`: data never becomes script.
    policy = factory.createPolicy('event-timeline-json-ld', { createScript: (json) => json });
    policies.set(factory, policy);
  }
  return policy.createScript(text);
}
