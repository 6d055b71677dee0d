/** The English script of the extension, its grammar and lexicon data (see src/content/languages.ts). */
import { englishPack } from '../core/lang/en/pack.js';
import { offerLanguage } from './lang-script.js';

offerLanguage('en', englishPack);
