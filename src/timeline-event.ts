/**
 * One event written in HTML inside `<event-timeline>`, readable before any script runs:
 *
 * ```html
 * <timeline-event id="agreement" date="2019-06" category="economy">
 *   <h3>Iraq and the US reach a trade agreement</h3>
 *   <p>The framework is to be developed in the strategic dialogue.</p>
 * </timeline-event>
 * ```
 *
 * The first heading is the title; the text of the other children is the description. Once the
 * timeline's script runs, it renders these events like JSON events and hides the originals.
 *
 * @summary One event of an `<event-timeline>`, written in HTML.
 *
 * @attr {string} date - EDTF date of the event (`2019-06`, `2020-08-18/2020-08-20`…).
 * @attr {string} id - Identifier, for deep links; generated from the position when absent.
 * @attr {string} category - Category id.
 * @attr {'scheduled' | 'planned'} status - `scheduled` or `planned`.
 * @attr {string} date-wording - The date as the source words it.
 * @attr {string} lang - The language of the texts, when it differs from the timeline's.
 *
 * @slot - The event's texts: the first heading (`h1`–`h6`) is its title, the text of the other children its description.
 * @slot title - An element that is the title when the event has no heading.
 */
export class TimelineEventElement extends ((globalThis.HTMLElement ?? class {}) as typeof HTMLElement) {
  /** The event as timeline data, for `parseTimeline`. */
  toEventData(index: number): Record<string, unknown> {
    return readTimelineEvent(this, index);
  }
}

/**
 * Reads a `<timeline-event>` as timeline data. A plain function of the element, so that it works
 * whether or not the element is upgraded yet (its definition may load after the timeline's).
 */
export function readTimelineEvent(element: Element, index: number): Record<string, unknown> {
  const heading = element.querySelector('h1, h2, h3, h4, h5, h6, [slot="title"]');
  const description = [...element.children]
    .filter((child) => child !== heading)
    .map((child) => child.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean)
    .join(' ');
  const lang = element.getAttribute('lang');
  const text = (value: string | undefined) => (value && lang ? { [lang]: value } : value);
  const attribute = (name: string) => element.getAttribute(name) ?? undefined;
  const data: Record<string, unknown> = {
    id: element.id || `event-${index + 1}`,
    date: attribute('date'),
    title: text(heading?.textContent?.replace(/\s+/g, ' ').trim() || undefined),
    description: text(description || undefined),
    category: attribute('category'),
    status: attribute('status'),
    dateWording: text(attribute('date-wording')),
  };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  return data;
}

// Defined in browsers; on a server (Node, no DOM) importing this module defines nothing and throws nothing.
if (globalThis.HTMLElement && !customElements.get('timeline-event')) customElements.define('timeline-event', TimelineEventElement);

declare global {
  interface HTMLElementTagNameMap {
    'timeline-event': TimelineEventElement;
  }
}
