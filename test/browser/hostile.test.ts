import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/event-timeline.js';
import type { EventTimeline } from '../../src/event-timeline.js';
import { XSS_VECTORS } from './xss-vectors.js';

const shadow = (el: EventTimeline) => el.shadowRoot!;
const events = (el: EventTimeline) => [...shadow(el).querySelectorAll<HTMLLIElement>('li[part~="event"]')];

describe('hostile data: every XSS vector in every field renders inert', () => {
  const hits: string[] = [];
  const original = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

  before(() => {
    const tripwire = (message?: unknown) => {
      hits.push(String(message));
      return null;
    };
    Object.assign(window, { alert: tripwire, confirm: tripwire, prompt: tripwire });
  });
  after(() => Object.assign(window, original));

  it(`has at least 100 vectors (${XSS_VECTORS.length})`, () => {
    expect(XSS_VECTORS.length).to.be.at.least(100);
  });

  it('nothing executes; no handler, script-bearing element or dangerous URL reaches the DOM; the text shows as text', async () => {
    const data = {
      title: { en: XSS_VECTORS[0], [XSS_VECTORS[10]!]: 'a vector as a language tag' },
      lang: 'en',
      published: '2020-08-20',
      source: { title: XSS_VECTORS[1], url: XSS_VECTORS[40] },
      categories: Object.fromEntries(XSS_VECTORS.map((v, i) => [`c${i % 5}`, v])),
      events: [
        ...XSS_VECTORS.map((vector, i) => ({
          id: `v${i}`,
          date: `20${String(10 + (i % 10)).padStart(2, '0')}-0${1 + (i % 9)}`,
          title: vector,
          description: { en: vector, ckb: vector },
          dateWording: vector,
          dateNote: vector,
          category: `c${i % 5}`,
          media: { url: vector, alt: vector, caption: vector, credit: vector },
          links: [
            { url: vector, label: vector },
            { url: 'https://example.org/', label: vector },
          ],
        })),
        // Vectors where only a date or an id belongs: rejected, and shown in the problems panel.
        ...XSS_VECTORS.slice(0, 20).map((vector, i) => ({ id: vector, date: vector, title: `bad ${i}` })),
      ],
    };
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en" gaps weekdays .data=${data}></event-timeline>`);
    await el.updateComplete;
    // Open every disclosure so that everything is rendered and any lazy image is requested.
    for (const details of shadow(el).querySelectorAll('details')) details.open = true;
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(hits, 'alert() was called').to.deep.equal([]);
    expect(events(el).length).to.equal(XSS_VECTORS.length);

    const allowed = new Set(['section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'p', 'span', 'ol', 'ul', 'li', 'time', 'bdi', 'details', 'summary', 'button', 'figure', 'figcaption', 'img', 'a', 'code']);
    // What matters is the URL the browser would load: its scheme, as the URL parser reads it.
    const safeUrl = (value: string) => ['http:', 'https:', 'mailto:'].includes(new URL(value, location.href).protocol);
    for (const node of shadow(el).querySelectorAll('*')) {
      expect(allowed.has(node.localName), `<${node.localName}> in the shadow DOM`).to.be.true;
      for (const attribute of node.attributes) {
        expect(attribute.name.startsWith('on'), `${attribute.name} on <${node.localName}>`).to.be.false;
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name)) {
          expect(safeUrl(attribute.value), `${attribute.name}=${attribute.value}`).to.be.true;
        }
      }
    }
    // Vectors with a scheme are refused; what is left is a relative path on this site, inert.
    for (const img of shadow(el).querySelectorAll('img')) expect(new URL(img.getAttribute('src')!, location.href).origin).to.equal(location.origin);

    // The vectors are readable as text, where a reader would see them.
    const titles = events(el).map((li) => li.querySelector('[part~="title"]')!.textContent);
    for (const vector of XSS_VECTORS) expect(titles).to.include(vector);
    expect(shadow(el).querySelector('[part~="problems"]')!.textContent).to.contain('<script>alert(1)</script>');
  });

  it('in right-to-left text too (Latin runs are isolated, not parsed)', async () => {
    const data = { title: 'ckb', lang: 'ckb', events: XSS_VECTORS.map((v, i) => ({ id: `v${i}`, date: '2020', title: `کوردی ${v} کوردی` })) };
    const el = await fixture<EventTimeline>(html`<event-timeline lang="ckb" .data=${data}></event-timeline>`);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(hits).to.deep.equal([]);
    for (const node of shadow(el).querySelectorAll('*')) {
      for (const attribute of node.attributes) expect(attribute.name.startsWith('on')).to.be.false;
    }
    expect(shadow(el).querySelectorAll('img, script, svg, iframe')).to.have.length(0);
  });
});

describe('a page with a strict Content Security Policy and Trusted Types', () => {
  it('renders with no policy violation', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/browser/csp/page.html" style="width: 900px; height: 600px"></iframe>`);
    const timelines = () => [...(frame.contentDocument?.querySelectorAll('event-timeline') ?? [])];
    await waitUntil(
      () => timelines().length === 2 && timelines().every((el) => el.shadowRoot?.querySelectorAll('li[part~="event"]').length),
      'both timelines render',
      { timeout: 10_000 },
    );
    const win = frame.contentWindow as Window & { violations?: string[] };
    const doc = frame.contentDocument!;
    const [fromSrc, fromHtml] = [...doc.querySelectorAll('event-timeline')];
    expect(fromSrc!.shadowRoot!.querySelectorAll('li[part~="event"]')).to.have.length(8);
    expect(fromHtml!.shadowRoot!.querySelectorAll('li[part~="event"]')).to.have.length(2);
    expect(win.violations, JSON.stringify(win.violations)).to.deep.equal([]);
  });

  it('the policy is really enforced there (the check can fail)', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/browser/csp/page.html"></iframe>`);
    await waitUntil(() => (frame.contentWindow as Window & { violations?: string[] }).violations, 'loaded', { timeout: 10_000 });
    const doc = frame.contentDocument!;
    // An inline script is what the policy forbids: it must be blocked and reported. Where Trusted
    // Types are enforced, even setting its text is refused (and reported).
    const script = doc.createElement('script');
    try {
      script.textContent = 'window.ranInline = true';
    } catch {
      // refused by Trusted Types
    }
    doc.body.append(script);
    await waitUntil(() => ((frame.contentWindow as Window & { violations: string[] }).violations.length ?? 0) > 0, 'a violation is reported', { timeout: 5000 });
    expect((frame.contentWindow as Window & { ranInline?: boolean }).ranInline).to.be.undefined;
  });
});

describe('networks fail', () => {
  async function failing(src: string, attributes: Record<string, string> = {}): Promise<{ el: EventTimeline; error: Error }> {
    const el = document.createElement('event-timeline');
    el.lang = 'en';
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    const failed = oneEvent(el, 'event-timeline-error');
    el.src = src;
    await fixture(html`<div></div>`).then((div) => div.append(el));
    const { detail } = await failed;
    await el.updateComplete;
    return { el, error: detail.error! };
  }

  const cases: [string, string, string, Record<string, string>?][] = [
    ['404', '/fault/404', 'The timeline file was not found.'],
    ['500', '/fault/500', 'The server answered with an error.'],
    ['a broken connection', '/fault/network', 'The network connection failed.'],
    ['invalid JSON', '/fault/invalid-json', 'The file is not timeline data.'],
    ['an HTML page instead of JSON', '/fault/html', 'The file is not timeline data.'],
    ['a response that never comes (timeout)', '/fault/hang', 'The server took too long to answer.', { timeout: '400' }],
    ['a 20 MB file', '/fault/large', 'The timeline file is too large.'],
    ['a 20 MB file without Content-Length', '/fault/large-chunked', 'The timeline file is too large.'],
  ];
  for (const [name, src, message, attributes] of cases) {
    it(`${name}: a localized error with a retry button, and an event`, async () => {
      const { el, error } = await failing(src, attributes);
      expect(error).to.be.instanceOf(Error);
      const panel = shadow(el).querySelector('[part~="error"]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.textContent).to.contain(message);
      expect(shadow(el).querySelector('[part~="retry-button"]')).to.exist;
      expect(events(el)).to.have.length(0);
    });
  }

  it('the error is in the reader’s language', async () => {
    const { el } = await failing('/fault/404', { lang: 'ckb' });
    await waitUntil(() => shadow(el).querySelector('[part~="error"]')!.textContent!.includes('نەدۆزرایەوە'), 'Kurdish', { timeout: 5000 });
    expect(shadow(el).querySelector('[part~="retry-button"]')!.textContent!.trim()).to.equal('دووبارە هەوڵ بدەوە');
  });

  it('retry loads again and recovers', async () => {
    const { el } = await failing(`/fault/flaky?key=${Math.random()}`);
    const loaded = oneEvent(el, 'event-timeline-load');
    shadow(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await loaded;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="heading"]')!.textContent).to.equal('Recovered');
  });

  it('a src changed while a request is in flight: the old one is aborted and never shows', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en" src="/fault/slow?ms=800&title=Old"></event-timeline>`);
    const loads: string[] = [];
    el.addEventListener('event-timeline-load', (e) => loads.push(String(e.detail.timeline.title)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    el.src = '/fault/slow?ms=10&title=New';
    await waitUntil(() => loads.length > 0, 'the new one loads');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(loads).to.deep.equal(['New']);
    expect(shadow(el).querySelector('[part~="heading"]')!.textContent).to.equal('New');
  });

  it('nothing throws out of the element', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    for (const src of ['/fault/404', '/fault/network', '/fault/invalid-json']) await failing(src);
    await new Promise((resolve) => setTimeout(resolve, 100));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(errors).to.deep.equal([]);
  });
});

describe('lifecycle', () => {
  it('connecting and disconnecting 1,000 times leaves no listeners, observers or timers behind', async () => {
    const active = { listeners: 0, observers: 0, timers: new Set<number>() };
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    const observe = MutationObserver.prototype.observe;
    const disconnect = MutationObserver.prototype.disconnect;
    const setT = window.setTimeout;
    const clearT = window.clearTimeout;
    const observing = new WeakMap<MutationObserver, number>();
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      if (type === 'hashchange') active.listeners++;
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      if (type === 'hashchange') active.listeners--;
      return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    MutationObserver.prototype.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
      observing.set(this, (observing.get(this) ?? 0) + 1);
      if (observing.get(this) === 1) active.observers++;
      return observe.apply(this, args);
    };
    MutationObserver.prototype.disconnect = function (this: MutationObserver) {
      if (observing.get(this)) active.observers--;
      observing.set(this, 0);
      return disconnect.call(this);
    };
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
      const id = setT(() => {
        active.timers.delete(id);
        (typeof fn === 'function' ? fn : () => undefined)(...rest);
      }, ms);
      active.timers.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) active.timers.delete(id);
      clearT(id);
    }) as typeof window.clearTimeout;
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const data = { title: 't', lang: 'en', events: [{ id: 'a', date: '2019', title: 'x' }] };
      const el = document.createElement('event-timeline');
      el.data = data;
      for (let i = 0; i < 1000; i++) {
        host.append(el);
        el.remove();
      }
      // Also with a request under way each time (its deadline timer must be cleared).
      const loading = document.createElement('event-timeline');
      loading.src = '/fault/hang';
      for (let i = 0; i < 50; i++) {
        host.append(loading);
        await loading.updateComplete;
        loading.remove();
      }
      await new Promise((resolve) => setT(resolve, 50));
      expect(active.listeners, 'hashchange listeners').to.equal(0);
      expect(active.observers, 'mutation observers').to.equal(0);
      expect(active.timers.size, 'pending timers').to.equal(0);
    } finally {
      Object.assign(window, { addEventListener: add, removeEventListener: remove, setTimeout: setT, clearTimeout: clearT });
      MutationObserver.prototype.observe = observe;
      MutationObserver.prototype.disconnect = disconnect;
    }
  });

  it('moves between shadow roots and documents and still works', async () => {
    const data = { title: 'Moving', lang: 'en', published: '2020-01-01', events: [{ id: 'a', date: '2019', title: 'One' }, { id: 'b', date: '2020-06', title: 'Two' }] };
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en" .data=${data}></event-timeline>`);
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
});

describe('reporting', () => {
  it('one console warning per data, not one per render', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const data = { title: 't', lang: 'en', events: [{ id: 'a', date: 'June 2019', title: 'x' }, { id: 'b', date: '2019', title: 'y' }] };
      const el = await fixture<EventTimeline>(html`<event-timeline lang="en" .data=${data}></event-timeline>`);
      await el.updateComplete;
      el.gaps = true;
      el.lang = 'ckb';
      el.layout = 'horizontal';
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(warnings.filter((w) => String((w as unknown[])[0]).includes('<event-timeline>'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});
