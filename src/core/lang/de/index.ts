/** German: its grammar and the function words that tell a German text (its lexicon files: data.ts). */
import { grammar } from './grammar.js';
import type { Language } from '../types.js';

export const german: Language = {
  code: 'de',
  grammar,
  markers: 'der die und das nicht ist mit sich auch eine dass wurde für auf'.split(' '),
};
