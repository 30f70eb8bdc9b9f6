/**
 * What every browser test of `<event-timeline>` shares: putting the element in the page with its
 * data (attributes, `.data`, `src`, inline children), reading its shadow DOM as a reader meets it,
 * pressing keys, and the article's data. One scenario per test file; the files import this.
 *
 * The element's module is imported by the fixtures, not at the top of this file: the
 * reader-language tests put elements in the page *before* the tag is defined (a page with the
 * script at its end), and importing this harness must not define it for them.
 */
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { EventTimeline } from '../../src/event-timeline.js';

export type { EventTimeline };

/** The article's timeline (8 events, 4 categories, published 2020-08-20), served by the test server. */
export const ARTICLE = '/data/kadhimi-washington-2020.json';

/** The article's JSON, loosely typed: tests spread it into variants. */
interface ArticleJson {
  readonly events: readonly Record<string, unknown>[];
  readonly [field: string]: unknown;
}

let article: Promise<ArticleJson> | undefined;

/** The article's data as an object, fetched once per test file. */
export function articleData(): Promise<ArticleJson> {
  article ??= fetch(ARTICLE).then((response) => response.json() as Promise<ArticleJson>);
  return article;
}

/** Defines `<event-timeline>` (a no-op after the first call). */
export async function defineTimeline(): Promise<void> {
  await import('../../src/event-timeline.js');
}

/** A new, unconnected `<event-timeline>` with these properties set. */
export async function newTimeline(properties: Partial<Pick<EventTimeline, 'lang' | 'src' | 'data'>> = {}): Promise<EventTimeline> {
  await defineTimeline();
  return Object.assign(document.createElement('event-timeline'), properties);
}

/** Renders `template` in the page once the element is defined (open-wc's `fixture`). */
export async function place<T extends Element = EventTimeline>(template: TemplateResult): Promise<T> {
  await defineTimeline();
  return fixture<T>(template);
}

/** Renders `template` (an `<event-timeline>`, with `src` or data) and waits until its events are shown. */
export async function loaded(template: TemplateResult): Promise<EventTimeline> {
  const el = await place(template);
  if (!events(el).length) await oneEvent(el, 'event-timeline-load');
  await el.updateComplete;
  return el;
}

/**
 * An `<event-timeline>` with these attributes (as written in HTML) in a box `width` pixels wide,
 * given `data` (the article by default) as its `data` property, once it shows events or its empty state.
 */
export async function withData(attributes: string, options: { width?: number; data?: unknown } = {}): Promise<EventTimeline> {
  const data = options.data ?? (await articleData());
  await defineTimeline();
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${options.width ?? 900}px`}></div>`);
  wrapper.innerHTML = `<event-timeline ${attributes}></event-timeline>`;
  const el = wrapper.firstElementChild as EventTimeline;
  el.data = data;
  await rendered(el);
  return el;
}

/** Waits until the element shows events or its empty state, and has finished updating. */
async function rendered(el: EventTimeline): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => events(el).length > 0 || part(el, 'empty'), 'rendered');
  await el.updateComplete;
}

export const shadow = (el: EventTimeline): ShadowRoot => el.shadowRoot!;

/** The first element of the shadow DOM with this part, or null. */
export const part = <T extends HTMLElement = HTMLElement>(el: EventTimeline, name: string): T | null => shadow(el).querySelector<T>(`[part~="${name}"]`);

/** Every element of the shadow DOM with this part. */
export const parts = <T extends HTMLElement = HTMLElement>(el: EventTimeline, name: string): T[] => [...shadow(el).querySelectorAll<T>(`[part~="${name}"]`)];

/** The events shown, in order (list items). */
export const events = (el: EventTimeline): HTMLLIElement[] => [...shadow(el).querySelectorAll<HTMLLIElement>('li[part~="event"]')];

/** The shown event with this id. */
export const eventById = (el: EventTimeline, id: string): HTMLLIElement => events(el).find((li) => li.dataset.id === id)!;

/** The `<time>` of each event shown. */
export const dates = (el: EventTimeline): HTMLTimeElement[] => events(el).map((li) => li.querySelector('time')!);

/** The id of the event that has keyboard focus, if one has. */
export const focused = (el: EventTimeline): string | undefined => (shadow(el).activeElement as HTMLElement | null)?.dataset.id;

export const box = (el: Element): DOMRect => el.getBoundingClientRect();

/** A key pressed on the real keyboard (the browser's own input, through the test runner). */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** A keydown dispatched on the event that has focus in `el`: synchronous, for checks between keys. */
export function dispatchKey(el: EventTimeline, key: string): void {
  const target = shadow(el).activeElement;
  if (!target) throw new Error(`No element has focus in the timeline to press ${key} on`);
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}

/** Runs `test` with `console.warn` recorded (each call's arguments joined by a space), then restores it. */
export async function withWarnings(test: (warnings: readonly string[]) => Promise<void>): Promise<void> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await test(warnings);
  } finally {
    console.warn = warn;
  }
}
