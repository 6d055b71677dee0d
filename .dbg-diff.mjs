// which gold paragraphs we miss, which of our blocks are not in gold
import fs from 'node:fs';
const id = process.argv[2];
const dir = /^(de|at|ch|uk|us)-/.test(id) ? 'wide' : 'pages';
const e = JSON.parse(fs.readFileSync(`../shared/corpus/${dir}/${id}.expected.json`, 'utf8'));
const r = JSON.parse(fs.readFileSync(`.eval/${dir === 'wide' ? 'wide' : 'dev'}/${id}.json`, 'utf8'));
const norm = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const ours = norm(r.article.text ?? '');
const gold = norm(e.body);
console.log('MISSING from ours:');
for (const p of e.body.split('\n\n')) if (!ours.includes(norm(p).slice(0, 60))) console.log('  -', p.slice(0, 120));
console.log('EXTRA in ours:');
for (const p of (r.article.text ?? '').split('\n')) if (p.trim() && !gold.includes(norm(p).slice(0, 60)) && norm(p) !== norm(e.title ?? '')) console.log('  +', p.slice(0, 120));
