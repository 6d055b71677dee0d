/** The German lexicon script of the extension (see src/content/lexicons.ts). */
import { germanData } from '../core/lang/de/data.js';
import { offerLexicon } from './lexicon-chunk.js';

offerLexicon('de', germanData);
