/**
 * Values quoted in the command line's messages: JSON-quoted and cut to about 80 characters, so
 * that a wrong value of a megabyte still gives a one-line message.
 */

const MAX_CHARACTERS = 80;

/** `value` in double quotes, cut (on a character boundary) with an ellipsis when longer than 80. */
export function quote(value: string): string {
  const characters = Array.from(value);
  const shown = characters.length > MAX_CHARACTERS ? `${characters.slice(0, MAX_CHARACTERS - 1).join('')}…` : value;
  return JSON.stringify(shown);
}
