import fs from 'node:fs';
const dir = '../shared/corpus/' + (process.argv[3] ?? 'wide');
const what = process.argv[2];
const toks = (s) => (s ?? '').normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
function f1(a, b) { const p = toks(a), g = toks(b); if (!p.length || !g.length) return 0; const bag = new Map(); for (const t of g) bag.set(t, (bag.get(t) ?? 0) + 1); let c = 0; for (const t of p) { const n = bag.get(t); if (n) { c++; bag.set(t, n - 1); } } return 2 * c / (p.length + g.length); }
const day = (d) => { if (!d) return null; const t = Date.parse(String(d).replace(' ', 'T')); return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null; };
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json'))) {
  const id = f.replace('.expected.json', '');
  const e = JSON.parse(fs.readFileSync(`${dir}/${f}`, 'utf8'));
  let r; try { r = JSON.parse(fs.readFileSync(`.eval/${process.argv[3] === 'pages' ? 'dev' : 'wide'}/${id}.json`, 'utf8')); } catch { continue; }
  if (what === 'title' && f1(r.article.title, e.title) < 0.9) console.log(id, '\n  ours:', r.article.title, '\n  gold:', e.title);
  if (what === 'date' && day(r.article.published) !== day(e.publishing_date)) console.log(id, 'ours:', r.article.published, 'gold:', e.publishing_date);
  if (what === 'authors') { const pa = r.article.authors; const ga = e.authors ?? []; const ok = pa.length === ga.length && pa.every((p) => ga.some((g) => f1(p, g) >= 0.8)); if (!ok) console.log(id, 'ours:', JSON.stringify(pa), 'gold:', JSON.stringify(ga)); }
}
