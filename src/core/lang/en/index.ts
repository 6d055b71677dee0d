/** English: its grammar, its lexicon files and the function words that tell an English text. */
// (in the reverse order of German's: see there)
import sources from './lexicon/sources.json';
import speech from './lexicon/speech-verbs.json';
import anonymous from './lexicon/anonymous.json';
import reportative from './lexicon/reportative.json';
import according from './lexicon/according.json';
import functionWords from './lexicon/function-words.json';
import abbr from './lexicon/abbreviations.json';
import { grammar } from './grammar.js';
import type { Language } from '../types.js';

export const english: Language = {
  code: 'en',
  data: { abbr, speech, according, reportative, sources, anonymous, functionWords },
  grammar,
  markers: 'the and of to is that with was for on said are has have'.split(' '),
};
