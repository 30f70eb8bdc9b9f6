// From article text to a draft timeline. Runs in Node and browsers: no Lit, no DOM, no network.
export { extractTimeline, splitParagraphs, splitSentences } from './extract-events.js';
export type { ExtractOptions } from './extract-events.js';
export { foldWithOffsets } from '../languages/arabic-script.js';
export { speaksOfFutureAfter, tagTemporalExpressions } from './temporal-tagger.js';
export type { TagOptions, TemporalMatch } from './temporal-tagger.js';
