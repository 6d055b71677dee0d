// False negatives and false positives per page against a gold dir (sentence level, like score.mjs)
import fs from 'node:fs';
const [goldDir, repDir, lang] = process.argv.slice(2);
const norm = (s) => (s ?? '').normalize('NFKC').toLowerCase().replace(/[„“”"»«‚‘’'`´]/g, '"').replace(/\s+/g, ' ').trim();
const toks = (s) => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];
function overlap(a, b) { const ta = toks(a), tb = toks(b); if (!ta.length || !tb.length) return 0; const [s, l] = ta.length <= tb.length ? [ta, tb] : [tb, ta]; const bag = new Map(); for (const t of l) bag.set(t, (bag.get(t) ?? 0) + 1); let c = 0; for (const t of s) { const n = bag.get(t); if (n) { c++; bag.set(t, n - 1); } } return c / s.length; }
for (const f of fs.readdirSync(goldDir).filter((f) => f.endsWith('.gold.json'))) {
  const g = JSON.parse(fs.readFileSync(`${goldDir}/${f}`, 'utf8'));
  if (lang && g.lang !== lang) continue;
  let r; try { r = JSON.parse(fs.readFileSync(`${repDir}/${g.id}.json`, 'utf8')); } catch { continue; }
  const preds = r.attributions ?? [];
  const out = [];
  const bySent = new Map();
  for (const a of g.attributions) { if (!bySent.has(a.n)) bySent.set(a.n, []); bySent.get(a.n).push(a); }
  for (const [n, atts] of bySent) {
    const hit = preds.filter((p) => overlap(p.sentence, atts[0].sentence) >= 0.7);
    if (!hit.length) out.push(`  FN ${atts.map((a) => `[${a.kind}|${a.cue}|${a.source ?? a.resolved}|${a.type}]`).join(' ')} ${atts[0].sentence.slice(0, 150)}`);
    else if (process.env.TYPES) for (const a of atts) { const gs = a.source ?? a.resolved; const best = hit.find((p) => p.type === a.type); if (!best) out.push(`  TYPE gold ${a.type} (${gs}) ours ${hit.map((p) => `${p.type}:${p.source}${p.resolved ? '→' + p.resolved : ''}`).join(', ')} | ${a.sentence.slice(0, 90)}`); }
  }
  const goldSents = g.attributions.map((a) => a.sentence);
  for (const p of preds) if (!goldSents.some((s) => overlap(p.sentence, s) >= 0.7)) out.push(`  FP [${p.kind}|${p.cue}|${p.source}] ${p.sentence.slice(0, 130)}`);
  if (out.length) console.log(g.id + '\n' + [...new Set(out)].join('\n'));
}
