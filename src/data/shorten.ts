/** Text from the data, cut short for a message or a path: a hostile file's huge values stay one line. */

/** About how many characters of a value a message quotes. */
export const QUOTE_LENGTH = 80;

/** At most `max` characters, cut at a word boundary when one is near, with an ellipsis when cut. */
export function shorten(text: string, max = QUOTE_LENGTH): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never leave half of a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** A key as a path step: `.title`, or shortened when a hostile file uses a huge one. */
export const pathStep = (key: string): string => `.${shorten(key, 40)}`;

