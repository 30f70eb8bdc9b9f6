// Connecting, disconnecting and moving the element: what it leaves behind, and that it still works.
import { expect, html, waitUntil } from '@open-wc/testing';
import { events, newTimeline, place } from './harness.js';

/** What the element holds on to while connected: hashchange listeners, mutation observers, timers. */
interface Held {
  listeners: number;
  observers: number;
  readonly timers: Set<number>;
}

/** Counts what is added and removed until `restore()`; `setTimeout` itself, for the test's own waits. */
function countHeld(): { held: Held; restore(): void; setTimeout: typeof window.setTimeout } {
  const held: Held = { listeners: 0, observers: 0, timers: new Set<number>() };
  const add = window.addEventListener;
  const remove = window.removeEventListener;
  const observe = MutationObserver.prototype.observe;
  const disconnect = MutationObserver.prototype.disconnect;
  const setT = window.setTimeout;
  const clearT = window.clearTimeout;
  const observing = new WeakMap<MutationObserver, number>();
  window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
    if (type === 'hashchange') held.listeners++;
    return (add as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof window.addEventListener;
  window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
    if (type === 'hashchange') held.listeners--;
    return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof window.removeEventListener;
  MutationObserver.prototype.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
    observing.set(this, (observing.get(this) ?? 0) + 1);
    if (observing.get(this) === 1) held.observers++;
    return observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    if (observing.get(this)) held.observers--;
    observing.set(this, 0);
    return disconnect.call(this);
  };
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id = setT(() => {
      held.timers.delete(id);
      (typeof fn === 'function' ? fn : () => undefined)(...rest);
    }, ms);
    held.timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) held.timers.delete(id);
    clearT(id);
  }) as typeof window.clearTimeout;
  const restore = () => {
    Object.assign(window, { addEventListener: add, removeEventListener: remove, setTimeout: setT, clearTimeout: clearT });
    MutationObserver.prototype.observe = observe;
    MutationObserver.prototype.disconnect = disconnect;
  };
  return { held, restore, setTimeout: setT };
}

describe('lifecycle', () => {
  it('connecting and disconnecting 1,000 times leaves no listeners, observers or timers behind', async () => {
    const host = await place<HTMLDivElement>(html`<div></div>`);
    const data = { title: 't', lang: 'en', events: [{ id: 'a', date: '2019', title: 'x' }] };
    const el = await newTimeline({ data });
    const loading = await newTimeline({ src: '/fault/hang' });
    const { held, restore, setTimeout: setT } = countHeld();
    try {
      // While connected, the counts see what the element holds: the checks below can fail.
      host.append(el);
      expect(held.listeners, 'a hashchange listener while connected').to.be.greaterThan(0);
      expect(held.observers, 'observers while connected').to.be.greaterThan(0);
      el.remove();
      for (let i = 0; i < 1000; i++) {
        host.append(el);
        el.remove();
      }
      // Also with a request under way each time (its deadline timer must be cleared).
      for (let i = 0; i < 50; i++) {
        host.append(loading);
        await loading.updateComplete;
        loading.remove();
      }
      await new Promise((resolve) => setT(resolve, 50));
      expect(held.listeners, 'hashchange listeners').to.equal(0);
      expect(held.observers, 'mutation observers').to.equal(0);
      expect(held.timers.size, 'pending timers').to.equal(0);
    } finally {
      restore();
    }
  });

  it('moves between shadow roots and documents and still works', async () => {
    const data = { title: 'Moving', lang: 'en', published: '2020-01-01', events: [{ id: 'a', date: '2019', title: 'One' }, { id: 'b', date: '2020-06', title: 'Two' }] };
    const el = await place(html`<event-timeline lang="en" .data=${data}></event-timeline>`);
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.append(el);
    await el.updateComplete;
    expect(events(el)).to.have.length(2);

    const frame = document.createElement('iframe');
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.readyState === 'complete', 'frame ready');
    frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(el));
    el.lang = 'ckb';
    await el.updateComplete;
    expect(events(el)).to.have.length(2);
    expect(events(el)[1]!.querySelector('time')!.textContent).to.equal('حوزەیرانی ٢٠٢٠');
    // Still styled: the marker keeps its size in the new document.
    expect(events(el)[0]!.querySelector('[part~="marker"]')!.getBoundingClientRect().width).to.be.greaterThan(5);
    frame.remove();
    host.remove();
  });

  it('moved to another document, leaves no listener on the old window and listens on the new one', async () => {
    const el = await newTimeline({ lang: 'en', data: { title: 'Moving', lang: 'en', events: [{ id: 'a', date: '2020', title: 'A' }] } });
    document.body.append(el);
    await el.updateComplete;
    const counts = (target: Window) => {
      const count = { hashchange: 0, beforeprint: 0 };
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      target.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject]) => {
        if (type in count) count[type as keyof typeof count]++;
        add(type, ...rest);
      }) as typeof target.addEventListener;
      target.removeEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject]) => {
        if (type in count) count[type as keyof typeof count]--;
        remove(type, ...rest);
      }) as typeof target.removeEventListener;
      return { count, restore: () => Object.assign(target, { addEventListener: add, removeEventListener: remove }) };
    };
    const frame = document.createElement('iframe');
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.readyState === 'complete', 'frame ready');
    const old = counts(window);
    const fresh = counts(frame.contentWindow!);
    try {
      frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(el));
      await el.updateComplete;
      expect(old.count, 'the old window').to.deep.equal({ hashchange: -1, beforeprint: -1 });
      expect(fresh.count, 'the new window').to.deep.equal({ hashchange: 1, beforeprint: 1 });
    } finally {
      old.restore();
      fresh.restore();
      frame.remove();
    }
  });
});
