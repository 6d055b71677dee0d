/** German: its lexicon files, as the analysis reads them (bundled where every language is, loaded per page in the extension). */
// (the order of these imports is the order in the bundle: the lexicons of the two languages share
// many names, and gzip finds them only within 32 kB of each other, so English comes right after)
import abbr from './lexicon/abbreviations.json';
import functionWords from './lexicon/function-words.json';
import according from './lexicon/according.json';
import reportative from './lexicon/reportative.json';
import anonymous from './lexicon/anonymous.json';
import speech from './lexicon/speech-verbs.json';
import sources from './lexicon/sources.json';
import type { LexiconData } from '../../lexicon/index.js';

export const germanData: LexiconData = { abbr, speech, according, reportative, sources, anonymous, functionWords };
