/** German: its grammar, its lexicon files and the function words that tell a German text. */
// (the order of these imports is the order in the bundle: the lexicons of the two languages share
// many names, and gzip finds them only within 32 kB of each other, so English comes right after)
import { grammar } from './grammar.js';
import abbr from './lexicon/abbreviations.json';
import functionWords from './lexicon/function-words.json';
import according from './lexicon/according.json';
import reportative from './lexicon/reportative.json';
import anonymous from './lexicon/anonymous.json';
import speech from './lexicon/speech-verbs.json';
import sources from './lexicon/sources.json';
import type { Language } from '../types.js';

export const german: Language = {
  code: 'de',
  data: { abbr, speech, according, reportative, sources, anonymous, functionWords },
  grammar,
  markers: 'der die und das nicht ist mit sich auch eine dass wurde für auf'.split(' '),
};
