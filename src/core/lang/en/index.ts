/** English: the function words that tell an English text (its grammar and lexicon data: pack.ts). */
import type { Language } from '../types.js';

export const english: Language = {
  code: 'en',
  markers: 'the and of to is that with was for on said are has have'.split(' '),
};
