// Hostile data and a hostile page: every XSS vector in every field, and a strict Content Security
// Policy with Trusted Types (test/browser/csp/).
import { expect, html, waitUntil } from '@open-wc/testing';
import { events, part, place, shadow } from './harness.js';
import { XSS_VECTORS } from './xss-vectors.js';

/** A timeline with every vector in every text and URL field, and where only a date or an id belongs. */
function everyFieldHostile() {
  return {
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
}

describe('the XSS vectors', () => {
  it(`has at least 100 vectors (${XSS_VECTORS.length})`, () => {
    expect(XSS_VECTORS.length).to.be.at.least(100);
  });
});

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

  it('nothing executes; no handler, script-bearing element or dangerous URL reaches the DOM; the text shows as text', async () => {
    const data = everyFieldHostile();
    const el = await place(html`<event-timeline lang="en" gaps weekdays show-problems .data=${data}></event-timeline>`);
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
    expect(part(el, 'problems')!.textContent).to.contain('<script>alert(1)</script>');
  });

  it('in right-to-left text too (Latin runs are isolated, not parsed)', async () => {
    const data = { title: 'ckb', lang: 'ckb', events: XSS_VECTORS.map((v, i) => ({ id: `v${i}`, date: '2020', title: `کوردی ${v} کوردی` })) };
    const el = await place(html`<event-timeline lang="ckb" .data=${data}></event-timeline>`);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(hits).to.deep.equal([]);
    expect(events(el), 'every vector rendered').to.have.length(XSS_VECTORS.length);
    for (const node of shadow(el).querySelectorAll('*')) {
      for (const attribute of node.attributes) expect(attribute.name.startsWith('on')).to.be.false;
    }
    expect(shadow(el).querySelectorAll('img, script, svg, iframe')).to.have.length(0);
  });
});

describe('a page with a strict Content Security Policy and Trusted Types', () => {
  it('renders with no policy violation', async () => {
    const frame = await place<HTMLIFrameElement>(html`<iframe src="/test/browser/csp/page.html" style="width: 900px; height: 600px"></iframe>`);
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
    // structured-data: the JSON-LD is written through the named policy the page allows.
    await waitUntil(() => fromSrc!.querySelector('script[type="application/ld+json"]')?.textContent, 'JSON-LD written', { timeout: 5000 });
    expect(JSON.parse(fromSrc!.querySelector('script[type="application/ld+json"]')!.textContent!)['@type']).to.equal('ItemList');
    expect(win.violations, JSON.stringify(win.violations)).to.deep.equal([]);
  });

  it('the policy is really enforced there (the check can fail)', async () => {
    const frame = await place<HTMLIFrameElement>(html`<iframe src="/test/browser/csp/page.html"></iframe>`);
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
