// When `src` cannot be loaded (DataSourceController and the error state): the faults come from
// test/browser/fault-server.mjs (/fault/…).
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ARTICLE, events, newTimeline, part, place, type EventTimeline } from './harness.js';

async function failing(src: string, attributes: Record<string, string> = {}): Promise<{ el: EventTimeline; error: Error }> {
  const el = await newTimeline({ lang: 'en' });
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const failed = oneEvent(el, 'event-timeline-error');
  el.src = src;
  await place(html`<div></div>`).then((div) => div.append(el));
  const { detail } = await failed;
  await el.updateComplete;
  return { el, error: detail.error! };
}

describe('a src that fails', () => {
  it('fires event-timeline-error and shows an error with a retry button when src fails', async () => {
    const el = await place(html`<event-timeline lang="en"></event-timeline>`);
    const failed = oneEvent(el, 'event-timeline-error');
    el.src = '/data/does-not-exist.json';
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.error).to.be.instanceOf(Error);
    expect(detail.error!.message).to.contain('404');
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('could not be loaded');
    expect(part(el, 'retry-button')).to.exist;
  });

  it('retries: a failed src that later succeeds renders the timeline', async () => {
    const el = await place(html`<event-timeline lang="en"></event-timeline>`);
    const failed = oneEvent(el, 'event-timeline-error');
    el.src = '/data/does-not-exist.json';
    await failed;
    await el.updateComplete;
    el.setAttribute('src', ARTICLE);
    await oneEvent(el, 'event-timeline-load');
    await el.updateComplete;
    expect(events(el)).to.have.length(8);
  });
});

describe('networks fail', () => {
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
      const panel = part(el, 'error')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.textContent).to.contain(message);
      expect(part(el, 'retry-button')).to.exist;
      expect(events(el)).to.have.length(0);
    });
  }

  it('the error is in the reader’s language', async () => {
    const { el } = await failing('/fault/404', { lang: 'ckb' });
    await waitUntil(() => part(el, 'error')!.textContent!.includes('نەدۆزرایەوە'), 'Kurdish', { timeout: 5000 });
    expect(part(el, 'retry-button')!.textContent!.trim()).to.equal('دووبارە هەوڵ بدەوە');
  });

  it('retry loads again and recovers', async () => {
    const { el } = await failing(`/fault/flaky?key=${Math.random()}`);
    const loaded = oneEvent(el, 'event-timeline-load');
    part(el, 'retry-button')!.click();
    await loaded;
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent).to.equal('Recovered');
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
