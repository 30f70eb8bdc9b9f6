/**
 * From article text to a draft timeline: every sentence or bullet with an expression of time
 * gives one candidate event per expression, with the resolved date, the expression as worded, the
 * sentence as quote, its paragraph, a short title drawn from the sentence (never a translation),
 * and the rule and confidence, for an editor to review. Node and browsers; no network.
 */
import type { TimelineData, TimelineEventData } from '../data/timeline-data.js';
import { tagTemporalExpressions } from './temporal-tagger.js';

export interface ExtractOptions {
  lang: 'ckb' | 'en';
  /** `YYYY-MM-DD`: when the article was published. */
  published: string;
  title?: string;
}

/** Paragraphs as the seed articles separate them: blank lines, or runs of two or more spaces. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n|\s{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Sentences (and bullets) of a paragraph, with their offsets. */
export function splitSentences(paragraph: string): { text: string; start: number }[] {
  const sentences: { text: string; start: number }[] = [];
  const pattern = /[^.!?؟؛]+(?:[.!?؟؛]+|$)/g;
  for (const m of paragraph.matchAll(pattern)) {
    const text = m[0].trim();
    // A full stop inside a number or an abbreviation (U.S.) does not end a sentence: join it back.
    const previous = sentences.at(-1);
    if (previous && (/\b[A-Z]\.$/.test(previous.text) || /^\d/.test(text))) {
      previous.text = `${previous.text} ${text}`;
      continue;
    }
    if (text) sentences.push({ text, start: m.index + m[0].indexOf(text) });
  }
  return sentences;
}

/** About twelve words from the sentence, without the bullet and the expression of time. */
function titleFrom(sentence: string, expression: string): string {
  const words = sentence
    .replace(/^[-–•*]\s*/, '')
    .replace(expression, ' ')
    .replace(/^[\s،,]+/, '')
    .split(/\s+/)
    .filter(Boolean);
  const title = words.slice(0, 12).join(' ').replace(/[،,:;.]+$/, '');
  return words.length > 12 ? `${title}…` : title;
}

export function extractTimeline(article: string, options: ExtractOptions): TimelineData {
  const events: TimelineEventData[] = [];
  splitParagraphs(article).forEach((paragraph, index) => {
    splitSentences(paragraph).forEach((sentence) => {
      for (const match of tagTemporalExpressions(sentence.text, options)) {
        events.push({
          id: `p${index}-${events.length + 1}`,
          date: match.edtf,
          title: titleFrom(sentence.text, match.text) || sentence.text,
          description: sentence.text.replace(/^[-–•*]\s*/, ''),
          dateWording: match.text,
          source: { paragraph: index, quote: sentence.text },
          extraction: { rule: match.rule, confidence: match.confidence },
        } as TimelineEventData);
      }
    });
  });
  return {
    title: options.title ?? (options.lang === 'ckb' ? 'ڕەشنووسی هێڵی کات' : 'Draft timeline'),
    lang: options.lang,
    published: options.published,
    events,
  };
}
