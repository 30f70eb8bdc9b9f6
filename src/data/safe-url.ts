/**
 * URLs from data are untrusted: only the schemes a news page needs survive. Browsers ignore tabs,
 * newlines and leading control characters in a scheme (`java\tscript:`), so those are removed
 * before the scheme is read.
 */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return SCHEME.exec(cleaned)?.[1]?.toLowerCase();
}

/** `http:`, `https:`, `mailto:` or relative (no scheme). */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

/** `http:`, `https:` or relative (no scheme). */
export function isSafeImageUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || scheme === 'http' || scheme === 'https';
}
