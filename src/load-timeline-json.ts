/**
 * Fetches a timeline file with the limits a news page needs: a deadline, a size limit read off the
 * stream (not trusted from headers alone), a JSON content type, and abort. Every failure is a
 * {@link TimelineLoadError} with a `code` the element turns into a localized message.
 */
export type TimelineLoadErrorCode = 'timeout' | 'too-large' | 'not-found' | 'http' | 'not-json' | 'invalid-json' | 'network';

export class TimelineLoadError extends Error {
  override readonly name = 'TimelineLoadError';
  constructor(
    readonly code: TimelineLoadErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface LoadOptions {
  signal: AbortSignal;
  /** Milliseconds before giving up. */
  timeout: number;
  /** Bytes; a larger file is refused. */
  maxBytes: number;
}

// JSON, or what static hosts serve JSON files as when they do not know better.
const JSON_TYPE = /^(application\/([\w.+-]+\+)?json|text\/json|text\/plain|application\/octet-stream)\b/i;

/** Resolves with the parsed JSON; rejects with a TimelineLoadError, or an AbortError when `signal` aborts. */
export async function loadTimelineJson(url: string, { signal, timeout, maxBytes }: LoadOptions): Promise<unknown> {
  const deadline = new AbortController();
  const abort = () => deadline.abort(signal.reason);
  signal.addEventListener('abort', abort, { once: true });
  const timer = setTimeout(() => deadline.abort(new TimelineLoadError('timeout', `${url} did not answer within ${timeout} ms`)), timeout);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: deadline.signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    } catch (error) {
      throw rethrow(error, deadline.signal, () => new TimelineLoadError('network', `${url} could not be fetched: ${(error as Error).message}`, { cause: error }));
    }
    if (response.status === 404 || response.status === 410) throw new TimelineLoadError('not-found', `${url} answered ${response.status}`);
    if (!response.ok) throw new TimelineLoadError('http', `${url} answered ${response.status} ${response.statusText}`.trim());
    const type = response.headers.get('content-type');
    if (type && !JSON_TYPE.test(type)) throw new TimelineLoadError('not-json', `${url} answered ${type.split(';')[0]}, not JSON`);
    const length = Number(response.headers.get('content-length'));
    if (length > maxBytes) throw new TimelineLoadError('too-large', `${url} is ${length} bytes; the limit is ${maxBytes}`);

    let text: string;
    try {
      text = await readText(response, maxBytes, url);
    } catch (error) {
      throw rethrow(error, deadline.signal, () => new TimelineLoadError('network', `${url} broke off: ${(error as Error).message}`, { cause: error }));
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new TimelineLoadError('invalid-json', `${url} is not valid JSON: ${(error as Error).message}`, { cause: error });
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/** The deadline's own error, the caller's abort, or the given error, in that order. */
function rethrow(error: unknown, signal: AbortSignal, otherwise: () => Error): unknown {
  if (error instanceof TimelineLoadError) return error;
  if (signal.aborted) return signal.reason instanceof TimelineLoadError ? signal.reason : (signal.reason ?? error);
  return otherwise();
}

async function readText(response: Response, maxBytes: number, url: string): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw new TimelineLoadError('too-large', `${url} is larger than the limit of ${maxBytes} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
