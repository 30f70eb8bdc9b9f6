/**
 * Reaching an event far down a long timeline (part of `npm run bench`): the End key from the first
 * event, and a deep link (`#id`) to the last event on load. Measured in the page: the time until
 * the event has focus, and the longest task meanwhile (a long task is what a reader feels).
 */
import type { Page } from 'playwright-core';
import type { generateTimeline } from './generated-timeline.js';

export interface FarJumpSample {
  endMs: number;
  endLongestTaskMs: number;
  linkMs: number;
  linkLongestTaskMs: number;
}

export async function measureFarJump(page: Page, data: ReturnType<typeof generateTimeline>, lastId: string): Promise<FarJumpSample> {
  return page.evaluate(
    async ({ data, lastId }) => {
      const stage = document.querySelector('#stage')!;
      await customElements.whenDefined('event-timeline');
      const watch = () => {
        const long: number[] = [];
        const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => long.push(entry.duration)));
        observer.observe({ type: 'longtask' });
        return () => (observer.disconnect(), Math.max(0, ...long));
      };
      const place = async () => {
        const el = document.createElement('event-timeline') as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
        el.setAttribute('lang', 'en');
        const loaded = new Promise((resolve) => el.addEventListener('event-timeline-load', resolve, { once: true }));
        el.data = data;
        stage.append(el);
        await loaded;
        return el;
      };
      const focusedIs = (el: HTMLElement, id: string) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id === id;
      const until = async (test: () => boolean) => {
        while (!test()) await new Promise((resolve) => requestAnimationFrame(resolve));
      };

      // End, from the first event.
      const el = await place();
      const first = el.shadowRoot!.querySelector<HTMLElement>('li[part~="event"]')!;
      first.focus();
      let stop = watch();
      let start = performance.now();
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      await until(() => focusedIs(el, lastId));
      const endMs = performance.now() - start;
      const endLongestTaskMs = stop();
      el.remove();

      // A deep link to the last event, on load.
      history.replaceState(null, '', `#${lastId}`);
      stop = watch();
      start = performance.now();
      const linked = await place();
      await until(() => focusedIs(linked, lastId));
      const linkMs = performance.now() - start;
      const linkLongestTaskMs = stop();
      linked.remove();
      history.replaceState(null, '', location.pathname);
      return { endMs, endLongestTaskMs, linkMs, linkLongestTaskMs };
    },
    { data, lastId },
  );
}
