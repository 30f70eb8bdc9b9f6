/** Digit systems: the article writes Eastern Arabic digits (٠١٢٣٤٥٦٧٨٩); a site may choose Latin. */

/** The digit systems dates can be written in: Latin, or Arabic-Indic. */
export const NUMERAL_SYSTEMS = ['latn', 'arab'] as const;
export type Numerals = (typeof NUMERAL_SYSTEMS)[number];

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/** Replaces Latin digits with Arabic-Indic ones (U+0660–U+0669) when `numerals` is `arab`. */
export function toNumerals(text: string, numerals: Numerals): string {
  if (numerals === 'latn') return text;
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(ARABIC_INDIC_ZERO + Number(digit)));
}

/** Replaces Arabic-Indic and Extended Arabic-Indic (Persian) digits with Latin ones. */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= EXTENDED_ARABIC_INDIC_ZERO ? EXTENDED_ARABIC_INDIC_ZERO : ARABIC_INDIC_ZERO;
    return String(code - zero);
  });
}
