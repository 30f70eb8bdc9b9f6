// Where a reader starts and how they move: `order`, `start-at`, `hash-links`, and the horizontal
// track's earlier/later buttons, left to right and right to left.
import { expect, waitUntil } from '@open-wc/testing';
import { box, eventById, events, focused, part, parts, press, shadow, withData, withWarnings } from './harness.js';

const ids = (el: Parameters<typeof events>[0]) => events(el).map((li) => li.dataset.id);

describe('order="newest-first"', () => {
  for (const lang of ['en', 'ckb']) {
    it(`shows the latest event first, the arrow keys follow what is shown, the "now" marker between what was to come and what had happened (${lang})`, async () => {
      const oldest = ids(await withData(`lang="${lang}"`));
      const el = await withData(`lang="${lang}" order="newest-first"`);
      expect(ids(el)).to.deep.equal([...oldest].reverse());
      const now = part(el, 'now')!.closest('li')!;
      const at = events(el).indexOf(now as HTMLLIElement);
      expect(now.part.contains('upcoming'), 'the marker is above a past event').to.equal(false);
      expect(events(el)[at - 1]!.part.contains('upcoming'), 'below the last event to come').to.equal(true);
      events(el)[0]!.focus();
      await press('ArrowDown');
      expect(focused(el)).to.equal(ids(el)[1]);
    });
  }

  it('warns of an unknown order and keeps oldest first; says gaps are left out newest first', async () => {
    await withWarnings(async (warnings) => {
      const el = await withData('lang="en" order="sideways"');
      expect(el.order).to.equal('oldest-first');
      expect(warnings.join('\n')).to.contain('order="sideways"');
      const reversed = await withData('lang="en" order="newest-first" gaps');
      expect(parts(reversed, 'gap')).to.have.length(0);
      expect(warnings.join('\n')).to.contain('gaps');
    });
  });
});

describe('start-at', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  for (const lang of ['en', 'ckb']) {
    it(`end: the track shows the last event and Tab reaches it first, the page does not scroll (${lang})`, async () => {
      const before = window.scrollY;
      const el = await withData(`lang="${lang}" layout="horizontal" start-at="end"`, { width: 500 });
      const last = events(el).at(-1)!;
      await waitUntil(() => {
        const item = box(last);
        const track = box(part(el, 'list')!);
        return item.left >= track.left - 1 && item.right <= track.right + 1;
      }, 'the last event scrolled into the track');
      expect(last.tabIndex).to.equal(0);
      expect(events(el).filter((li) => li.tabIndex === 0)).to.have.length(1);
      expect(shadow(el).activeElement, 'focus does not move').to.equal(null);
      expect(window.scrollY).to.equal(before);
    });
  }

  it('an event id: that event is the one in the tab order; a deep link wins over it', async () => {
    let el = await withData('lang="en" start-at="delegation-departs"');
    await waitUntil(() => eventById(el, 'delegation-departs').tabIndex === 0, 'tab stop moved');
    history.replaceState(null, '', '#white-house-meeting');
    el = await withData('lang="en" start-at="delegation-departs"');
    await waitUntil(() => focused(el) === 'white-house-meeting', 'the deep link');
    expect(eventById(el, 'delegation-departs').tabIndex).to.equal(-1);
  });
});

describe('hash-links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  for (const lang of ['en', 'ckb']) {
    it(`writes the event the reader moves to into the URL, without adding history entries (${lang})`, async () => {
      const el = await withData(`lang="${lang}" hash-links`);
      const length = history.length;
      expect(location.hash, 'nothing written before the reader moves').to.equal('');
      events(el)[0]!.focus();
      await press('ArrowDown');
      await waitUntil(() => location.hash === `#${ids(el)[1]}`, 'focused event in the URL');
      eventById(el, 'white-house-meeting').click();
      await waitUntil(() => location.hash === '#white-house-meeting', 'selected event in the URL');
      expect(history.length).to.equal(length);
    });
  }

  it('leaves the URL alone without the attribute', async () => {
    const el = await withData('lang="en"');
    events(el)[0]!.focus();
    await press('ArrowDown');
    await el.updateComplete;
    expect(location.hash).to.equal('');
  });
});

describe('the horizontal track’s buttons', () => {
  for (const lang of ['en', 'ckb']) {
    it(`later scrolls toward the later events, earlier back, mirrored right to left, labelled in the reader's language (${lang})`, async () => {
      const el = await withData(`lang="${lang}" layout="horizontal"`, { width: 500 });
      const [earlier, later] = [part<HTMLButtonElement>(el, 'earlier-button')!, part<HTMLButtonElement>(el, 'later-button')!];
      expect(earlier.getAttribute('aria-label')).to.equal(lang === 'ckb' ? 'ڕووداوە پێشووەکان' : 'Earlier events');
      expect(later.getAttribute('aria-label')).to.equal(lang === 'ckb' ? 'ڕووداوە دواترەکان' : 'Later events');
      // Earlier sits at the inline start: left in English, right in Kurdish.
      expect(box(earlier).left < box(later).left).to.equal(lang === 'en');
      const list = part(el, 'list')!;
      const first = events(el)[0]!;
      const startOffset = () => (lang === 'en' ? Math.abs(box(first).left - box(list).left) : Math.abs(box(first).right - box(list).right));
      later.click();
      // The first event leaves the track on the side earlier events are: left in English, right in Kurdish.
      await waitUntil(() => (lang === 'en' ? box(first).right <= box(list).left + 1 : box(first).left >= box(list).right - 1), 'scrolled toward later events');
      earlier.click();
      await waitUntil(() => Math.abs(list.scrollLeft) < 2, 'back at the start');
      expect(startOffset()).to.be.below(40);
    });
  }

  it('are not drawn in the other layouts', async () => {
    const el = await withData('lang="en"');
    expect(parts(el, 'track-button')).to.have.length(0);
  });
});
