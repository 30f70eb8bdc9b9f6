import type { msg as Msg, StrResult } from '@lit/localize';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import type { EventDateLocale } from '../dates/event-date-locale.js';
import { enEventDates } from '../dates/locales/en/index.js';
import { needsIntlDates, resolveEventDateLocale, type IntlEventDates } from '../dates/locales/resolve.js';
import { matchLanguage } from '../languages/match-language.js';
import { registeredLanguage } from '../languages/registry.js';
import { STRING_IDS, type TimelineStrings } from '../languages/timeline-strings.js';
import { directionOf } from './direction.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { translatedStrings, type UiText } from './ui-strings.js';

type Templates = Readonly<Record<string, string | StrResult | unknown>>;
type TargetLocale = (typeof targetLocales)[number];

// One loader per built-in language's pack (its interface strings and date words), so that a bundler
// splits each into its own chunk: a page fetches only the packs of the languages it shows. Written
// out because bundlers split only literal import paths; typed by lit-localize's target locales, so a
// locale without its loader fails to compile.
const loaders: Record<TargetLocale, () => Promise<{ templates: Templates; dates: EventDateLocale }>> = {
  ckb: () => import('./packs/ckb.js'),
  ar: () => import('./packs/ar.js'),
};

const BUILT_IN: readonly string[] = [sourceLocale, ...targetLocales];
/** The date wording of the built-in languages loaded so far; English is in the entry. */
const builtInDates: Record<string, EventDateLocale> = { [sourceLocale]: enEventDates };

// @lit/localize keeps one active locale per page; the element needs one per element (two timelines
// in two languages side by side, servers rendering many languages at once). So `msg` is answered
// here from the templates of the language being worked out, which is only ever done synchronously
// (`stringsOf`), whatever else is rendering.
let active: Templates | undefined;
_installMsgImplementation(((template: string | StrResult, options?: { id?: string }) => {
  const localized = options?.id === undefined ? undefined : active?.[options.id];
  if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
  // A str template: its values are placeholders, `{0}`, `{1}`, kept in the text (ui-strings.ts).
  const { strings, values } = isStr(localized) ? localized : template;
  return strings.reduce((text, piece, i) => text + (i > 0 ? `{${isStr(localized) ? String(values[i - 1]) : i - 1}}` : '') + piece, '');
}) as typeof Msg);

const isStr = (value: unknown): value is StrResult => typeof value === 'object' && value !== null && 'strTag' in value;

function stringsOf(templates: Templates | undefined): TimelineStrings {
  active = templates;
  try {
    return translatedStrings();
  } finally {
    active = undefined;
  }
}

const english = stringsOf(undefined);
/** The interface strings of the built-in languages: loaded, or loading. */
const builtInStrings = new Map<string, TimelineStrings | Promise<void>>([[sourceLocale, english]]);

/**
 * Loads what a timeline in `tag` needs that the entry does not carry: a built-in language's
 * interface strings (`ckb-IQ` → `ckb`), or the `Intl` date wording for a language neither built in
 * nor registered with its own. Undefined when there is nothing (left) to load.
 */
export function loadLanguage(tag: string): Promise<void> | undefined {
  const strings = loadUiStrings(tag);
  const dates = needsIntlDates(tag, BUILT_IN) && !intlDates ? loadIntlDates() : undefined;
  return strings && dates ? Promise.all([strings, dates]).then(() => undefined) : (strings ?? dates);
}

let intlDates: IntlEventDates | undefined;
let intlLoading: Promise<void> | undefined;

// Only pages in a language without its own date words download the Intl wording.
function loadIntlDates(): Promise<void> {
  intlLoading ??= import('../dates/locales/intl/intl-event-dates.js').then(
    (module) => void (intlDates = module.intlEventDates),
    (error: unknown) => {
      intlLoading = undefined;
      throw error;
    },
  );
  return intlLoading;
}

/** The date wording for `tag` (see `resolveEventDateLocale`), with `Intl`'s once `loadLanguage` has loaded it. */
export function dateLocaleFor(tag: string): EventDateLocale {
  return resolveEventDateLocale(tag, builtInDates, intlDates);
}

function loadUiStrings(tag: string): Promise<void> | undefined {
  if (registeredLanguage(tag)) return undefined;
  const locale = matchLanguage(tag, targetLocales);
  if (locale === undefined) return undefined;
  const known = builtInStrings.get(locale);
  if (known !== undefined) return known instanceof Promise ? known : undefined;
  const loading = loaders[locale]().then(
    ({ templates, dates }) => {
      builtInDates[locale] = dates;
      builtInStrings.set(locale, stringsOf(templates));
    },
    (error: unknown) => {
      builtInStrings.delete(locale);
      throw error;
    },
  );
  builtInStrings.set(locale, loading);
  return loading;
}

/** The strings of the language `tag` stands for, if it has any loaded: registered, then built in. */
function stringsFor(tag: string): { strings: TimelineStrings; lang: string } | undefined {
  const registered = registeredLanguage(tag);
  if (registered) {
    // Missing strings show in English, isolated (U+2066…U+2069) so they do not reorder the line.
    const strings = Object.fromEntries(STRING_IDS.map((id) => [id, typeof registered.strings?.[id] === 'string' ? registered.strings[id] : `\u2066${english[id]}\u2069`]));
    return { strings: strings as TimelineStrings, lang: registered.code };
  }
  const locale = matchLanguage(tag, [sourceLocale, ...targetLocales]);
  const strings = locale === undefined ? undefined : builtInStrings.get(locale);
  return strings === undefined || strings instanceof Promise ? undefined : { strings, lang: locale! };
}

/**
 * The interface text of a timeline shown to a reader of `readerLang` whose texts are in
 * `contentLang`: the reader's language when it has strings; else the content's, so that one box
 * does not mix three languages; else English. Marked with its own `lang` and `dir` when it is not
 * the reader's language. A built-in language still loading (`loadLanguage`) counts as having none.
 */
export function uiTextFor(readerLang: string, contentLang: string): UiText {
  const own = stringsFor(readerLang);
  if (own) return { strings: own.strings };
  const chosen = stringsFor(contentLang) ?? { strings: english, lang: sourceLocale };
  return { strings: chosen.strings, lang: chosen.lang, dir: directionOf(chosen.lang) };
}
