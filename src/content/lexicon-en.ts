/** The English lexicon script of the extension (see src/content/lexicons.ts). */
import { englishData } from '../core/lang/en/data.js';
import { offerLexicon } from './lexicon-chunk.js';

offerLexicon('en', englishData);
