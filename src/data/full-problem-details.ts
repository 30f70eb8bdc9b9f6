/**
 * Installs the full problem details (see `src/dates/problem-details.ts`): the sentences of every
 * date and data problem, values quoted short, without recursion, with where they nest too deeply;
 * "did you mean" for dates written in words, in any digits, or as timestamps. Imported for its
 * effect.
 */
import { dateProblemMessages } from '../dates/date-problem-messages.js';
import { problemDetails } from '../dates/problem-details.js';
import { edtfCandidates } from '../dates/suggest-edtf.js';
import { timelineProblemMessages } from './timeline-problem-messages.js';

const messages: Record<string, (...args: never[]) => string> = { ...dateProblemMessages, ...timelineProblemMessages };

Object.assign(problemDetails, {
  text: (id: string, args: readonly unknown[]) => messages[id]!(...(args as never[])),
  suggest: edtfCandidates,
  full: true,
});
