import { languages } from '../languages/index.js';

/**
 * Languages written right to left, by base language: the built-in ones that say so, and others a
 * timeline's texts may be in without the library speaking them.
 */
const RTL_LANGUAGES = new Set([
  ...languages.filter((language) => language.direction === 'rtl').map((language) => language.code),
  ...['fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv'],
]);

/** `rtl` for Arabic, Central Kurdish, Persian, Hebrew, Urdu…; `ltr` otherwise. `ku-Arab` is RTL too. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  const [base, ...subtags] = lang.toLowerCase().split('-');
  if (subtags.includes('arab') || subtags.includes('hebr')) return 'rtl';
  if (subtags.includes('latn') || subtags.includes('cyrl')) return 'ltr';
  return RTL_LANGUAGES.has(base!) ? 'rtl' : 'ltr';
}

/**
 * Splits text into runs, marking runs of Latin-script words (`Baker Hughes`, `UOP`) so that a
 * right-to-left container can isolate them (`<bdi>`), and punctuation next to them stays on the
 * side the reader expects.
 */
export function splitLatinRuns(text: string): { text: string; latin: boolean }[] {
  const runs: { text: string; latin: boolean }[] = [];
  // A Latin run: Latin words (letters or digits, with hyphens, dots, apostrophes or ampersands),
  // joined by spaces or by a comma, colon, semicolon or slash. Punctuation between two Latin words
  // belongs to them, as the Unicode bidi algorithm would have it: split there, `Washington, D.C.`
  // would read `D.C ,Washington` in a right-to-left line.
  const pattern = /[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f'’.&-]*(?:(?:\s+|[,:;/]\s*)[A-Za-z0-9\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f'’.&-]*)*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    let run = match[0];
    // A trailing full stop belongs to the sentence, not to the name, unless it ends an initialism
    // (`D.C.`, `U.S.`).
    if (run.endsWith('.') && !/(?:^|[^A-Za-z])(?:[A-Za-z]\.){2,}$/.test(run)) run = run.slice(0, -1);
    if (match.index! > last) runs.push({ text: text.slice(last, match.index), latin: false });
    runs.push({ text: run, latin: true });
    last = match.index! + run.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}
