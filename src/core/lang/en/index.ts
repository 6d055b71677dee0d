/** English: its grammar, its lexicon files and the function words that tell an English text. */
import { grammar } from './grammar.js';
import type { Language } from '../types.js';

export const english: Language = {
  code: 'en',
  grammar,
  markers: 'the and of to is that with was for on said are has have'.split(' '),
};
