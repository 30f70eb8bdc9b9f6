/**
 * A rule-based temporal-expression tagger for Central Kurdish (ckb) and English news text, in the
 * spirit of HeidelTime: every rule is a named pattern with a resolver and a confidence, so that an
 * editor can see why a date was proposed. Expressions resolve against the publication date into
 * EDTF, keeping precision and uncertainty honest. Runs in Node and browsers; no models, no network.
 * The rules are each language's (`src/languages/<code>/temporal-rules.ts`).
 */
import { foldWithOffsets } from '../languages/arabic-script.js';
import { ckbTemporalVocabulary } from '../languages/ckb/temporal-rules.js';
import { enTemporalVocabulary } from '../languages/en/temporal-rules.js';
import { referenceDay } from './calendar.js';
import type { TemporalVocabulary } from './temporal-rule.js';

export interface TemporalMatch {
  /** The expression as written in the text (original characters). */
  readonly text: string;
  /** Offsets into the original text. */
  readonly start: number;
  readonly end: number;
  /** The rule that fired, e.g. `ckb.weekday`. */
  readonly rule: string;
  /** The resolved date, EDTF. */
  readonly edtf: string;
  /** 0–1: how sure the rule is of the resolved date. */
  readonly confidence: number;
}

/** The languages the tagger has rules for. */
const VOCABULARIES: Readonly<Record<'ckb' | 'en', TemporalVocabulary>> = { ckb: ckbTemporalVocabulary, en: enTemporalVocabulary };

export interface TagOptions {
  lang: keyof typeof VOCABULARIES;
  /** The publication date, `YYYY-MM-DD`: the reference for relative expressions. */
  published: string;
  /**
   * Whether the expressions speak of something still to come. By default each expression is read
   * from the first verb after it (past: بەڕێکەوت, set off; future: بڕیارە, بکەن, will …).
   */
  future?: boolean;
}

/** Expressions of time in `text`, longest first where they overlap, in text order. */
export function tagTemporalExpressions(text: string, options: TagOptions): TemporalMatch[] {
  const ref = referenceDay(options.published);
  if (!ref) throw new Error(`published must be a day, YYYY-MM-DD; got ${JSON.stringify(options.published)}`);
  const vocabulary = VOCABULARIES[options.lang];
  const { folded, offsets } = foldWithOffsets(text);
  const found: TemporalMatch[] = [];
  for (const rule of vocabulary.rules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(folded); m; m = rule.pattern.exec(folded)) {
      const future = options.future ?? vocabulary.speaksOfFuture(folded, m.index + m[0].length);
      const edtf = rule.resolve(m, ref, future);
      if (!edtf) continue;
      const start = offsets[m.index]!;
      const end = offsets[m.index + m[0].length - 1]! + 1;
      found.push({ text: text.slice(start, end), start, end, rule: rule.name, edtf, confidence: rule.confidence });
    }
  }
  // Where expressions overlap, the longer one (then the more confident) wins.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence);
  const kept: TemporalMatch[] = [];
  for (const match of found) if (!kept.some((k) => match.start < k.end && k.start < match.end)) kept.push(match);
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether the verb that follows `index` in folded text speaks of the future. */
export function speaksOfFutureAfter(folded: string, index: number, lang: TagOptions['lang']): boolean {
  return VOCABULARIES[lang].speaksOfFuture(folded, index);
}
