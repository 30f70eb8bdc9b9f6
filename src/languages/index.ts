import { ar } from './ar/index.js';
import { ckb } from './ckb/index.js';
import { en } from './en/index.js';
import type { Language } from './language.js';

/** The built-in languages: adding one here (plus its `xliff/<code>.xlf`) is all a new one needs. */
export const languages: readonly Language[] = [en, ckb, ar];

