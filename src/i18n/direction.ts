import { onLanguageRegistered, registeredLanguage } from '../languages/registry.js';

/**
 * Languages written right to left, by base language: the built-in ones (`test/node/direction.test.ts`
 * checks that every right-to-left language module is here) and others a timeline's texts may be in
 * without the library speaking them. A list, not the language modules, so that the element's entry
 * does not carry every language's words to know their direction.
 */
const RTL_LANGUAGES = new Set(['ar', 'ckb', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv']);

const directions = new Map<string, 'ltr' | 'rtl'>();
onLanguageRegistered(() => directions.clear());

/**
 * `rtl` for Arabic, Central Kurdish, Persian, Hebrew, Urdu…; `ltr` otherwise. In order: a
 * registered language's `dir`, the script subtag (`ku-Arab` is RTL), the built-in and known
 * right-to-left languages, then what the platform's `Intl.Locale` says where it can.
 */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  let direction = directions.get(lang);
  if (direction === undefined) {
    direction = registeredLanguage(lang)?.dir ?? directionOfTag(lang);
    if (directions.size > 500) directions.clear();
    directions.set(lang, direction);
  }
  return direction;
}

function directionOfTag(lang: string): 'ltr' | 'rtl' {
  const [base, ...subtags] = lang.toLowerCase().split('-');
  if (subtags.includes('arab') || subtags.includes('hebr') || subtags.includes('thaa') || subtags.includes('syrc')) return 'rtl';
  if (subtags.includes('latn') || subtags.includes('cyrl')) return 'ltr';
  if (RTL_LANGUAGES.has(base!)) return 'rtl';
  try {
    // `getTextInfo()` in current engines, the `textInfo` getter in older ones; absent in some.
    const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    return (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
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
