import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblem, isSafeImageUrl, isSafeLinkUrl, parseTimeline } from '../../src/data/index.js';

describe('URL safety', () => {
  it('keeps http, https, mailto (links) and relative URLs', () => {
    for (const url of ['https://example.org/a', 'http://x', '/img/a.png', 'a.png', '#top', '?q=1', '//cdn.example/a.png']) {
      assert.ok(isSafeLinkUrl(url), url);
      assert.ok(isSafeImageUrl(url), url);
    }
    assert.ok(isSafeLinkUrl('mailto:desk@example.org'));
    assert.ok(!isSafeImageUrl('mailto:desk@example.org'));
  });

  it('refuses script and data URLs, however they are disguised', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,<script>x</script>', 'vbscript:x', 'data:image/svg+xml,<svg onload=x>']) {
      assert.ok(!isSafeLinkUrl(url), JSON.stringify(url));
      assert.ok(!isSafeImageUrl(url), JSON.stringify(url));
    }
  });
});

describe('parseTimeline: categories, media, links', () => {
  const base = { title: 't', lang: 'en' };

  it('keeps category labels and reports bad ones', () => {
    const { timeline, problems } = parseTimeline({ ...base, categories: { economy: { en: 'Economy' }, bad: 3 }, events: [] });
    assert.deepEqual({ ...timeline.categories }, { economy: { en: 'Economy' } });
    assert.deepEqual(problems.map(formatProblem), ['categories.bad: expected a string or an object of language tag → string, got number; ignored']);
  });

  it('keeps safe media and links, leaves out and reports the rest, and keeps the event', () => {
    const { timeline, problems } = parseTimeline({
      ...base,
      events: [
        {
          id: 'a',
          date: '2019',
          title: 'x',
          media: { url: 'javascript:alert(1)', alt: 'x' },
          links: [{ url: 'data:text/html,x', label: 'bad' }, { url: 'https://example.org', label: 'good' }, 'nonsense'],
        },
        { id: 'b', date: '2020', title: 'y', media: { url: '/a.png', width: 0, height: 10 } },
      ],
    });
    assert.equal(timeline.events.length, 2);
    const [a, b] = timeline.events;
    assert.equal(a!.media, undefined);
    assert.deepEqual(a!.links, [{ url: 'https://example.org', label: 'good' }]);
    assert.deepEqual(b!.media, { url: '/a.png', alt: '' });
    assert.deepEqual(problems.map(formatProblem), [
      'events[0].media.url: only http:, https: and relative image URLs are shown, not "javascript:alert(1)"; the image is left out',
      'events[0].links[0].url: only http:, https:, mailto: and relative links are kept, not "data:text/html,x"; the link is left out',
      'events[0].links[2]: expected {"url": "…", "label": "…"}; the link is left out',
      'events[1].media.alt: missing: describe the image for readers who cannot see it (use "" for a decorative image)',
      'events[1].media.width: expected a whole number of pixels, got 0; ignored',
    ]);
    assert.ok(problems.every((p) => p.severity === 'warning'));
  });
});
