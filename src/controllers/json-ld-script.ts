import type { Timeline } from '../data/timeline-data.js';
import { jsonLdScriptText, timelineJsonLd } from '../data/timeline-json-ld.js';

/**
 * Writes a timeline's schema.org JSON-LD into `host`'s `<script type="application/ld+json">` child
 * (made if missing), in `lang`. Loaded by the StructuredDataController for pages that ask for it.
 * On a page that enforces Trusted Types, the text goes through a policy named
 * `event-timeline-json-ld` (JSON this library wrote and escaped, nothing else).
 */
export function writeJsonLd(host: HTMLElement, timeline: Timeline, lang: string): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
  if (!script) {
    script = host.ownerDocument.createElement('script');
    script.type = 'application/ld+json';
    host.append(script);
  }
  script.textContent = trusted(host.ownerDocument.defaultView, jsonLdScriptText(timelineJsonLd(timeline, lang))) as string;
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
