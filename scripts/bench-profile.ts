// The work of one batch worker on a page, phase by phase (npm run bench): reading the file, decoding
// it, parsing the HTML into the CLI's light document, extracting the article, analysing its text,
// validating the report, and serialising it. Each phase as a share of their sum: where a page's time
// goes. Beside it, as the reference, linkedom's parse of the same text (what the CLI used before).
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { parseLight } from '../src/cli/light-dom.js';
import { decodePieces } from '../src/cli/input.js';
import { extractArticle } from '../src/page/extract.js';
import { analyze } from '../src/page/analyze.js';
import { analyzeText, detectLang, Report } from '../src/core/index.js';

export const PHASES = ['read', 'decode', 'parse', 'extract', 'analyse', 'validate', 'serialise'] as const;
/** Phases and the reference, which is no phase of the worker. */
export type Profile = Record<Phase, number> & { linkedomParse: number };
export type Phase = (typeof PHASES)[number];

const now = () => performance.now();

/** Mean milliseconds per page of each phase over `files`, each page timed `runs` times after one warm-up. */
export function profilePages(files: readonly string[], runs = 3): Profile {
  const sums = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  let linkedomParse = 0;
  for (const file of files) {
    for (let r = 0; r <= runs; r++) {
      const t: Partial<Record<Phase, number>> = {};
      let t0 = now();
      const bytes = readFileSync(file);
      t.read = now() - t0;
      t0 = now();
      const pieces = decodePieces(bytes);
      t.decode = now() - t0;
      t0 = now();
      const doc = parseLight(pieces);
      t.parse = now() - t0;
      // (linkedom takes one string: joined outside the timing)
      const text = pieces.join('');
      t0 = now();
      parseHTML(text);
      const reference = now() - t0;
      t0 = now();
      const draft = extractArticle(doc, null);
      t.extract = now() - t0;
      t0 = now();
      if (draft.isArticle) analyzeText(draft.blocks, detectLang(draft.blocks.join('\n'), draft.declaredLang));
      t.analyse = now() - t0;
      // (the report to validate and serialise, made outside the timing)
      const report = analyze(parseLight(pieces), null);
      t0 = now();
      Report.parse(report);
      t.validate = now() - t0;
      t0 = now();
      JSON.stringify(report);
      t.serialise = now() - t0;
      if (r > 0) {
        for (const p of PHASES) sums[p] += t[p]!;
        linkedomParse += reference;
      }
    }
  }
  const n = files.length * runs;
  return {
    ...(Object.fromEntries(PHASES.map((p) => [p, sums[p] / n])) as Record<Phase, number>),
    linkedomParse: linkedomParse / n,
  };
}
