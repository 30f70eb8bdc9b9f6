/**
 * Installs the full problem details (see `src/dates/problem-details.ts`): values quoted short,
 * without recursion, with where they nest too deeply; "did you mean" for dates written in words, in
 * any digits, or as timestamps. Imported for its effect.
 */
import { problemDetails } from '../dates/problem-details.js';
import { edtfCandidates } from '../dates/suggest-edtf.js';
import { quoteValue } from './quote-value.js';

Object.assign(problemDetails, { quote: quoteValue, suggest: edtfCandidates, full: true });
