/**
 * The builders date-fns uses inside its locales (`buildLocalizeFn`, `buildMatchFn`,
 * `buildMatchPatternFn`, `buildFormatLongFn`), which date-fns does not export. Same contracts, so
 * our locale modules keep date-fns's shape and could be offered upstream as they are.
 */
import type { FormatLongFn, FormatLongWidth, LocalizeFn, Match, MatchFn } from 'date-fns';
import { spellingPattern } from '../../../languages/arabic-script.js';
import type { NameWithVariants } from '../../../languages/language.js';

type Widths = 'narrow' | 'short' | 'abbreviated' | 'wide' | 'any';

export interface LocalizeArgs {
  values: Partial<Record<Widths, readonly string[]>>;
  defaultWidth: Widths;
  formattingValues?: Partial<Record<Widths, readonly string[]>>;
  defaultFormattingWidth?: Widths;
  argumentCallback?: (value: number) => number;
}

export function buildLocalizeFn<V extends number>(args: LocalizeArgs): LocalizeFn<V> {
  return ((value: V, options?: { width?: Widths; context?: string }) => {
    const formatting = options?.context === 'formatting' && args.formattingValues;
    const table = formatting ? args.formattingValues! : args.values;
    const defaultWidth = formatting ? (args.defaultFormattingWidth ?? args.defaultWidth) : args.defaultWidth;
    const values = table[options?.width ?? defaultWidth] ?? table[defaultWidth]!;
    return values[args.argumentCallback ? args.argumentCallback(value) : value]!;
  }) as LocalizeFn<V>;
}

export interface MatchArgs {
  matchPatterns: Partial<Record<Widths, RegExp>>;
  defaultMatchWidth: Widths;
  parsePatterns: Partial<Record<Widths, readonly RegExp[]>>;
  defaultParseWidth: Widths;
  valueCallback?: (index: number) => number;
}

export function buildMatchFn<R>(args: MatchArgs): MatchFn<R> {
  return ((text: string, options: { width?: Widths; valueCallback?: (value: number) => R } = {}) => {
    const matchPattern = (options.width && args.matchPatterns[options.width]) || args.matchPatterns[args.defaultMatchWidth]!;
    const matched = text.match(matchPattern)?.[0];
    if (matched === undefined) return null;
    const parsePatterns = (options.width && args.parsePatterns[options.width]) || args.parsePatterns[args.defaultParseWidth]!;
    const index = parsePatterns.findIndex((pattern) => pattern.test(matched));
    if (index === -1) return null;
    let value: number | R = args.valueCallback ? args.valueCallback(index) : index;
    if (options.valueCallback) value = options.valueCallback(value as number);
    return { value, rest: text.slice(matched.length) };
  }) as unknown as MatchFn<R>;
}

/**
 * A matcher for month or weekday names built from a language module's names and their spelling
 * variants (so the names are written once, in `src/languages/`): any variant, in any spelling the
 * Arabic-script folding merges, longest first, then an optional `suffix` (Kurdish izafe «ی»).
 * `narrow` patterns (single letters, not names) may be given beside.
 */
export function buildNameMatchFn<R>(names: readonly NameWithVariants[], options: { suffix?: string; narrow?: { match: RegExp; parse: readonly RegExp[] } } = {}): MatchFn<R> {
  const alternation = (variants: readonly string[]) => [...variants].sort((a, b) => b.length - a.length).map(spellingPattern).join('|');
  const suffix = options.suffix ? `(?:${options.suffix})?` : '';
  return buildMatchFn<R>({
    matchPatterns: { narrow: options.narrow?.match, wide: new RegExp(`^(?:${alternation(names.flat())})${suffix}`) },
    defaultMatchWidth: 'wide',
    parsePatterns: { narrow: options.narrow?.parse, any: names.map((variants) => new RegExp(`^(?:${alternation(variants)})${suffix}$`)) },
    defaultParseWidth: 'any',
  });
}

export function buildMatchPatternFn(args: {
  matchPattern: RegExp;
  parsePattern: RegExp;
  valueCallback: (value: string) => number;
}): Match['ordinalNumber'] {
  return ((text: string, options: { valueCallback?: (value: number) => number } = {}) => {
    const matched = text.match(args.matchPattern)?.[0];
    const parsed = text.match(args.parsePattern)?.[0];
    if (matched === undefined || parsed === undefined) return null;
    const value = args.valueCallback(parsed);
    return { value: options.valueCallback ? options.valueCallback(value) : value, rest: text.slice(matched.length) };
  }) as Match['ordinalNumber'];
}

export function buildFormatLongFn(args: {
  formats: Partial<Record<FormatLongWidth, string>>;
  defaultWidth: FormatLongWidth;
}): FormatLongFn {
  return (options = {}) => args.formats[options.width ?? args.defaultWidth] ?? args.formats[args.defaultWidth]!;
}
