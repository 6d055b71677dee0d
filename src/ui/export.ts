/**
 * The article's sourcing as one printable HTML file, for class: the summary, a legend, the body with
 * every attributed sentence marked by kind, and the attributions by source. Every piece of page text
 * is escaped: the file holds no markup from the page.
 */
import type { Report } from '../core/schema.js';
import { KINDS } from '../core/vocabulary.js';
import { groupBySource } from './groups.js';
import type { Translate } from './i18n.js';
import { verdict } from './verdict.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const COLOURS: Record<string, string> = {
  quote: '#dbeafe',
  reported: '#dcfce7',
  according_to: '#fef3c7',
  reportative: '#fce7f3',
};

export function sourcingHtml(report: Report, t: Translate, lang: 'de' | 'en'): string {
  const s = report.summary;
  const kindOf = new Map<number, string>();
  for (const a of report.attributions) if (!kindOf.has(a.sentenceIndex)) kindOf.set(a.sentenceIndex, a.kind);
  // the body, paragraph by paragraph as the page had it
  const paragraphs: string[][] = [];
  report.sentences.forEach((x, i) => {
    const k = kindOf.get(i);
    (paragraphs[x.block] ??= []).push(k ? `<mark class="k-${k}">${esc(x.text)}</mark>` : esc(x.text));
  });
  const groups = groupBySource(report.attributions).map(
    (g) =>
      `<li><b>${esc(g.label ?? t('noSource'))}</b>${g.type ? ` (${esc(t('type_' + g.type))})` : ''}: ${g.items.map(({ attribution: a }) => `<span class="k-${a.kind}">${esc(a.cue)}</span>`).join(', ')}</li>`,
  );
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(report.article.title ?? t('panelTitle'))}</title>
<style>body{font:15px/1.55 system-ui,sans-serif;max-width:760px;margin:24px auto;padding:0 16px;color:#1d2330}h1{font-size:22px}
${KINDS.map((k) => `.k-${k}{background:${COLOURS[k]};color:#111}`).join('')}.legend span{padding:0 6px;margin-right:6px;border-radius:3px}
mark{padding:0 2px;border-radius:2px}.meta{color:#4a5568}@media print{a{color:inherit}}</style></head><body>
<h1>${esc(report.article.title ?? '')}</h1>
<p class="meta">${esc([report.article.outlet, report.article.published, report.url].filter(Boolean).join(' · '))}</p>
<p>${esc(t('summaryLine', s.attributedSentences, s.sentences))}. ${esc(t('namedLine', s.namedSources, s.anonymousSources))}. ${esc(
    verdict(s)
      .map((k) => t(k))
      .join(' '),
  )}</p>
<p class="meta">${esc(t('verdictNote'))}</p>
<p class="legend">${esc(t('legend'))}: ${KINDS.map((k) => `<span class="k-${k}">${esc(t('kind_' + k))}</span>`).join('')}</p>
${paragraphs
  .filter(Boolean)
  .map((p) => `<p>${p.join(' ')}</p>`)
  .join('\n')}
${report.sourcesBox.length ? `<h2>${esc(t('sourcesBox'))}</h2><ul>${report.sourcesBox.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}
<h2>${esc(t('bySource'))}</h2><ul>${groups.join('')}</ul>
</body></html>
`;
}

/** Offers the file as a download from the page (a blob of the page's own origin; no permission needed). */
export function download(doc: Document, name: string, html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  (doc.body ?? doc.documentElement).appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
