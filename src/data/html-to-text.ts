/**
 * TimelineJS text fields hold HTML; ours hold text. This turns HTML into the text a reader saw
 * (paragraph and line breaks kept as newlines, entities decoded, scripts and styles dropped) and
 * collects its links. It never builds DOM, so nothing in the markup can run: it runs in Node too.
 */
export interface HtmlText {
  readonly text: string;
  readonly links: readonly { readonly url: string; readonly label: string }[];
  /** Tags whose formatting was lost (em, strong, …), for the import report. */
  readonly formatting: readonly string[];
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', deg: '°', middot: '·', bull: '•', eacute: 'é', egrave: 'è', aacute: 'á', oacute: 'ó', uacute: 'ú', iacute: 'í', ntilde: 'ñ', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', times: '×',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    // Own keys only: `&constructor;` is not an entity.
    const key = name.toLowerCase();
    return Object.hasOwn(NAMED, key) ? NAMED[key]! : whole;
  });
}

const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'table', 'tr', 'figure', 'figcaption', 'pre']);
const DROP_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title', 'textarea', 'select']);
const SILENT = new Set(['a', 'br', 'span', 'p', 'div', ...BLOCK]);

export function htmlToText(html: string): HtmlText {
  const links: { url: string; label: string }[] = [];
  const formatting = new Set<string>();
  let out = '';
  let dropping: string | undefined;
  let link: { url: string; start: number } | undefined;
  // Every construct that opens runs to its end or to the end of the input, as in a browser (a tag
  // left open at the end is dropped): a match never fails after it starts, so no input makes the
  // scan go back over what it has read, and the time stays linear in the length.
  const token = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']+|"[^"]*(?:"|$)|'[^']*(?:'|$))*)(?:>|$)|<[!?][^>]*(?:>|$)|([^<]+|<)/g;
  for (const match of html.matchAll(token)) {
    const [whole, tagName, attributes, text] = match;
    if (text !== undefined) {
      if (!dropping) out += decodeEntities(text);
      continue;
    }
    if (!tagName) continue; // comments, doctype, processing instructions
    const tag = tagName.toLowerCase();
    const closing = whole.startsWith('</');
    if (dropping) {
      if (closing && tag === dropping) dropping = undefined;
      continue;
    }
    if (DROP_CONTENT.has(tag)) {
      formatting.add(tag);
      if (!closing && !/\/\s*>$/.test(whole)) dropping = tag;
      continue;
    }
    // More than two line breaks in a row read as two: not written at all, so that thousands of
    // nested blocks do not build a string of thousands of line breaks.
    const breaks = tag === 'br' ? '\n' : BLOCK.has(tag) ? '\n\n' : '';
    if (breaks) {
      if (!out.endsWith('\n\n')) out += breaks;
    } else if (tag === 'a') {
      if (!closing) {
        const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes ?? '');
        link = href ? { url: decodeEntities(href[1] ?? href[2] ?? href[3] ?? ''), start: out.length } : undefined;
      } else if (link) {
        const label = out.slice(link.start).replace(/\s+/g, ' ').trim();
        links.push({ url: link.url, label: label || link.url });
        link = undefined;
      }
    }
    if (!SILENT.has(tag)) formatting.add(tag);
  }
  const cleaned = out
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: cleaned, links, formatting: [...formatting].sort() };
}
