/**
 * The one folding of Arabic-script (and Latin) text for matching words: differences that do not
 * change a word in news text go, so that a name written one way finds it written another.
 * Dates and the tagger both match through it.
 */

/**
 * One character folded: Arabic-Indic and Persian digits to Latin, Arabic kaf/yeh/heh to their
 * Kurdish/Persian forms, hamza carriers to alef, any space to a space, lower case; `''` when dropped.
 */
function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  // Dropped: tatweel (kashida), zero-width non-joiner and joiner, direction marks, harakat and
  // hamza/madda marks (so a decomposed «آ» folds like the composed one).
  if (code === 0x0640 || (code >= 0x200c && code <= 0x200f) || (code >= 0x064b && code <= 0x065f)) return '';
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (c === '\u0643') return '\u06a9';
  if (c === '\u064a' || c === '\u0649') return '\u06cc';
  if (c === '\u06be') return '\u0647';
  if (c === '\u0623' || c === '\u0625' || c === '\u0622') return '\u0627';
  if (/\s/.test(c)) return ' ';
  return c.toLowerCase();
}

/**
 * Folds `text` for matching, keeping for every folded character the offset of the original one
 * (plus the text's length at the end), so that a match in the folded text points back into the
 * original.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const out = foldChar(text[i]!);
    if (out === '') continue;
    folded += out;
    offsets.push(i);
  }
  offsets.push(text.length);
  return { folded, offsets };
}

/** Folds a short piece of text (a name, a user's input): as above, runs of space as one, trimmed. */
export function foldArabicScript(text: string): string {
  return foldWithOffsets(text).folded.replace(/ +/g, ' ').trim();
}

// The letters `foldChar` merges, as character classes, for patterns that must match raw text.
const SPELLINGS: readonly string[] = ['اأإآ', 'کك', 'یيى', 'هھ'];

/**
 * A regular-expression source matching `word` in any of the spellings the folding merges (alef
 * with or without hamza, Arabic or Kurdish kaf, yeh and heh), for matchers that cannot fold their
 * input first because they must report how much of the raw text they read (date-fns's `parse`).
 */
export function spellingPattern(word: string): string {
  let source = '';
  for (const c of word) {
    const group = SPELLINGS.find((letters) => letters.includes(c));
    source += group ? `[${group}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return source;
}
