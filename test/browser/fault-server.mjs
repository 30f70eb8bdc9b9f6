// Network faults for the browser tests, served by @web/test-runner's dev server under /fault/.
// Everything stays on the test server's own loopback address.
import { Readable } from 'node:stream';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html event-timeline-json-ld";
const LARGE_BYTES = 20 * 1024 * 1024;
const timeline = (title) => JSON.stringify({ title, lang: 'en', events: [{ id: 'only', date: '2020-08-20', title: `${title} event` }] });
const seen = new Map();

// A valid 20 MB timeline, produced piece by piece.
function largeTimeline() {
  const head = '{"title":"Large","lang":"en","events":[';
  const event = (i) => `{"id":"e${i}","date":"2020","title":"${'x'.repeat(200)}"}`;
  let i = 0;
  let sent = head.length;
  return Readable.from(
    (function* () {
      yield head;
      while (sent < LARGE_BYTES) {
        const chunk = Array.from({ length: 500 }, () => event(i++)).join(',') + ',';
        sent += chunk.length;
        yield chunk;
      }
      yield `${event(i)}]}`;
    })(),
  );
}

export async function faultServer(ctx, next) {
  if (ctx.path.startsWith('/test/browser/csp/')) {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (!ctx.path.startsWith('/fault/')) return next();
  const name = ctx.path.slice('/fault/'.length);
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref?.());
  switch (name) {
    case '404':
      ctx.status = 404;
      ctx.body = 'Not found';
      return;
    case '500':
      ctx.status = 500;
      ctx.body = 'Internal error';
      return;
    case 'network':
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    case 'invalid-json':
      ctx.type = 'application/json';
      ctx.body = '{"title": "cut off", "events": [';
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Oops</title><p>An error page</p>';
      return;
    case 'hang': {
      // Headers never come; the socket is let go after a while so the server can close.
      ctx.respond = false;
      const socket = ctx.req.socket;
      setTimeout(() => socket.destroy(), 30_000).unref?.();
      return;
    }
    case 'large':
      ctx.type = 'application/json';
      ctx.length = LARGE_BYTES + 100;
      ctx.body = largeTimeline();
      return;
    case 'large-chunked':
      ctx.type = 'application/json';
      ctx.body = largeTimeline();
      return;
    case 'slow': {
      await wait(Number(ctx.query.ms ?? 500));
      ctx.type = 'application/json';
      ctx.body = timeline(String(ctx.query.title ?? 'Slow'));
      return;
    }
    case 'flaky': {
      // Fails the first time a key is asked for, then succeeds: for the retry button.
      const key = String(ctx.query.key);
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      if (count === 1) {
        ctx.status = 503;
        ctx.body = 'Try later';
      } else {
        ctx.type = 'application/json';
        ctx.body = timeline('Recovered');
      }
      return;
    }
    default:
      ctx.status = 400;
      ctx.body = `Unknown fault ${name}`;
  }
}
