// What the element shows besides events (templates/states.ts): loading, empty, and the panel that
// lists invalid data for the page's developer.
import { expect, html, oneEvent } from '@open-wc/testing';
import { events, part, place, withWarnings } from './harness.js';

const minimal = { title: 'Minimal', lang: 'en', events: [{ id: 'a', date: '2019', title: 'First' }] };

describe('loading and empty', () => {
  it('shows a loading skeleton, announced politely, until data arrives', async () => {
    const el = await place(html`<event-timeline lang="en"></event-timeline>`);
    const loading = part(el, 'loading')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent).to.contain('Loading the timeline…');
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    el.data = minimal;
    await el.updateComplete;
    expect(part(el, 'loading')).to.not.exist;
  });

  it('shows the empty state for a timeline without events', async () => {
    const el = await place(html`<event-timeline lang="en" .data=${{ title: 'None', lang: 'en', events: [] }}></event-timeline>`);
    expect(part(el, 'empty')!.textContent).to.contain('no events yet');
  });
});

describe('invalid data', () => {
  it('renders the valid events of partly invalid data and reports the rest', async () => {
    const data = {
      title: 'Partly invalid',
      lang: 'en',
      events: [
        { id: 'ok', date: '2019-06', title: 'Valid' },
        { id: 'bad', date: 'June 2019', title: 'Bad date' },
      ],
    };
    const el = await place(html`<event-timeline lang="en" show-problems></event-timeline>`);
    const error = oneEvent(el, 'event-timeline-error');
    el.data = data;
    const { detail } = await error;
    await el.updateComplete;
    expect(events(el)).to.have.length(1);
    expect(detail.problems[0]!.path).to.equal('events[1].date');
    expect(detail.problems[0]!.message).to.contain('did you mean "2019-06"?');
    expect(part(el, 'problems')!.textContent).to.contain('events[1].date');
  });

  it('shows readers no problems panel unless the page asks (show-problems), and still reports them', async () => {
    const data = { title: 't', lang: 'en', events: [{ id: 'bad', date: 'June 2019', title: 'x' }] };
    const el = await place(html`<event-timeline lang="en"></event-timeline>`);
    const error = oneEvent(el, 'event-timeline-error');
    el.data = data;
    expect((await error).detail.problems).to.have.length(1);
    await el.updateComplete;
    expect(part(el, 'empty'), 'the data was rendered').to.exist;
    expect(part(el, 'problems')).to.not.exist;
    // The same element with the attribute shows the panel: the check above can fail.
    el.showProblems = true;
    await el.updateComplete;
    expect(part(el, 'problems')!.textContent).to.contain('events[0].date');
  });

  it('one console warning per data, not one per render', () =>
    withWarnings(async (warnings) => {
      const data = { title: 't', lang: 'en', events: [{ id: 'a', date: 'June 2019', title: 'x' }, { id: 'b', date: '2019', title: 'y' }] };
      const el = await place(html`<event-timeline lang="en" .data=${data}></event-timeline>`);
      await el.updateComplete;
      el.gaps = true;
      el.lang = 'ckb';
      el.layout = 'horizontal';
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(warnings.filter((w) => w.includes('<event-timeline>'))).to.have.length(1);
    }));

  it('30,000 problems: the panel and the console list the first 100 and count the rest; the event has all', () =>
    withWarnings(async (warnings) => {
      const bad = Array.from({ length: 30_000 }, (_, i) => ({ id: `e${i}`, date: `not a date ${i}`, title: 'x' }));
      const data = { title: 'Many problems', lang: 'en', events: [{ id: 'ok', date: '2019', title: 'Fine' }, ...bad] };
      const el = document.createElement('event-timeline');
      el.lang = 'en';
      el.showProblems = true;
      const error = oneEvent(el, 'event-timeline-error');
      el.data = data;
      document.body.append(el);
      const { detail } = await error;
      await el.updateComplete;
      expect(detail.problems).to.have.length(30_000);
      const items = el.shadowRoot!.querySelectorAll('[part~="problems"] li');
      expect(items).to.have.length(101);
      expect(items[100]!.textContent).to.contain('29900 more');
      expect(events(el)).to.have.length(1);
      const warning = warnings.find((w) => w.includes('<event-timeline>'))!;
      expect(warning.split('\n')).to.have.length(102);
      expect(warning).to.contain('… and 29900 more');
      el.remove();
    }));
});
