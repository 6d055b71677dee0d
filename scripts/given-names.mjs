// Writes src/core/lang/de/lexicon/given-names.json: the given names of the German-speaking world that
// the common list (src/core/lexicon/given-names.json, both languages) does not hold, with their gender,
// from the German list of the gender-detection-from-name package (MIT). Left out: a name the package
// lists with both genders or that another of its languages gives the other gender (Andrea, Kai, Kim …),
// one the common list has, and names that are words or surnames a German or English text uses for
// something else (EXCLUDED; also an agency's: RIA). Run it after updating the package: npm run given-names
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const DE_SOURCE = require.resolve('gender-detection-from-name/names/de.js');
const OTHER_LANGS = ['en', 'fr', 'it', 'es'].map((l) => require(`gender-detection-from-name/names/${l}.js`));
const OUT = 'src/core/lang/de/lexicon/given-names.json';

/** Words and surnames first ("said", "Marine", "Roman", "Christie"), not names, in a German or English text. */
const EXCLUDED = new Set(
  `ante anta august barb bathe bent brun christie curie cyn ria davis dedit edit elle else erdogan ester eve flora german
  grit guy hardy harm hella hinz iris job lex lil line linde lore magd marine mason mats meta morris nada
  norman orban owe ove pal peer roche rock rocky roman sahin said till urban viet viola violet vital wolf
  yilmaz`.split(/\s+/),
);

// (the package's list as written, each entry once, so that a name given with both genders is seen)
const entries = [...readFileSync(DE_SOURCE, 'utf8').matchAll(/\[\s*'([^']+)',\s*'(male|female)'\s*\]/g)];
const gender = new Map();
for (const [, name, g] of entries) gender.set(name, gender.has(name) && gender.get(name) !== g ? null : g);
const common = JSON.parse(readFileSync('src/core/lexicon/given-names.json', 'utf8'));
const known = new Set(`${common.male} ${common.female}`.split(' '));
const out = { male: [], female: [] };
for (const [name, g] of gender) {
  if (!g || known.has(name) || EXCLUDED.has(name) || !/^\p{Ll}+$/u.test(name)) continue;
  if (OTHER_LANGS.some((m) => m.get(name) && m.get(name) !== g)) continue;
  out[g].push(name);
}
const about =
  'Given names of the German-speaking world beyond the common list (../../../lexicon/given-names.json), ' +
  'whose bearers are, with few exceptions, of one gender; written by scripts/given-names.mjs from the German ' +
  'list of the gender-detection-from-name package (MIT), without names of both genders and without names ' +
  'that are also common words or surnames.';
writeFileSync(
  OUT,
  JSON.stringify({ about, female: out.female.sort().join(' '), male: out.male.sort().join(' ') }, null, 1) + '\n',
);
console.log(`${OUT}: ${out.male.length} male, ${out.female.length} female names`);
