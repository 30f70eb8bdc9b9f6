/**
 * Digit systems: the article writes Eastern Arabic digits (٠١٢٣٤٥٦٧٨٩), Persian ones (۰۱۲۳۴۵۶۷۸۹) a
 * Persian page; a site may choose Latin. Any numbering system `Intl` knows works too (`beng`,
 * `deva`, `thai`…), through `Intl.NumberFormat`.
 */

/** The digit systems written without asking `Intl`: Latin, Arabic-Indic, Extended Arabic-Indic (Persian). */
export const NUMERAL_SYSTEMS = ['latn', 'arab', 'arabext'] as const;

/** A numbering system: one of `NUMERAL_SYSTEMS`, or any other Unicode numbering system id `Intl` supports. */
export type Numerals = (typeof NUMERAL_SYSTEMS)[number] | (string & {});

const ZEROS: Record<string, number> = { arab: 0x0660, arabext: 0x06f0 };
const tables = new Map<string, readonly string[] | undefined>();

/** The ten digits of `numerals` as `Intl` writes them; undefined for a system it does not know. */
function digitsOf(numerals: string): readonly string[] | undefined {
  if (!tables.has(numerals)) {
    let digits: string[] | undefined;
    try {
      const format = new Intl.NumberFormat('en', { numberingSystem: numerals, useGrouping: false });
      if (format.resolvedOptions().numberingSystem === numerals) digits = Array.from({ length: 10 }, (_, d) => format.format(d));
    } catch {
      // Not a numbering system (RangeError): Latin digits stay.
    }
    tables.set(numerals, digits);
  }
  return tables.get(numerals);
}

/** Whether `value` names a numbering system this platform can write. */
export function isNumerals(value: unknown): value is Numerals {
  return typeof value === 'string' && (value === 'latn' || value in ZEROS || digitsOf(value) !== undefined);
}

/** Replaces Latin digits with those of `numerals` (Latin digits stay for a system `Intl` does not know). */
export function toNumerals(text: string, numerals: Numerals): string {
  if (numerals === 'latn') return text;
  const zero = ZEROS[numerals];
  if (zero !== undefined) return text.replace(/[0-9]/g, (digit) => String.fromCharCode(zero + Number(digit)));
  const digits = digitsOf(numerals);
  return digits ? text.replace(/[0-9]/g, (digit) => digits[Number(digit)]!) : text;
}

/** Replaces Arabic-Indic and Extended Arabic-Indic (Persian) digits with Latin ones. */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= ZEROS.arabext! ? ZEROS.arabext! : ZEROS.arab!));
  });
}
