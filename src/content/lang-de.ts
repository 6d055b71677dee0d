/** The German script of the extension, its grammar and lexicon data (see src/content/languages.ts). */
import { germanPack } from '../core/lang/de/pack.js';
import { offerLanguage } from './lang-script.js';

offerLanguage('de', germanPack);
