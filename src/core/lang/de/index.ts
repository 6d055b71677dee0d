/** German: the function words that tell a German text (its grammar and lexicon data: pack.ts). */
import type { Language } from '../types.js';

export const german: Language = {
  code: 'de',
  markers: 'der die und das nicht ist mit sich auch eine dass wurde für auf'.split(' '),
};
