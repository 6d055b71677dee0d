/**
 * The article's sourcing as one printable HTML file, a handout for class: the summary and what its
 * figures mean, a legend, every attributed sentence under its source with its kind, cue and the
 * cue's explanation, the outlet's source list, and the body with every attributed sentence marked. Every piece of page text
 * is escaped: the file holds no markup from the page.
 */
import type { Report } from '../core/schema.js';
import { KINDS } from '../core/vocabulary.js';
import { groupBySource } from './groups.js';
import type { Translate } from './i18n.js';
import { verdict } from './verdict.js';
import { KIND_COLOURS } from './palette.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sourcingHtml(
  report: Report,
  t: Translate,
  lang: 'de' | 'en',
  explain: (cueId: string) => string | null = () => null,
): string {
  const s = report.summary;
  const kindOf = new Map<number, string>();
  for (const a of report.attributions) if (!kindOf.has(a.sentenceIndex)) kindOf.set(a.sentenceIndex, a.kind);
  // the body, paragraph by paragraph as the page had it
  const paragraphs: string[][] = [];
  report.sentences.forEach((x, i) => {
    const k = kindOf.get(i);
    (paragraphs[x.block] ??= []).push(k ? `<mark class="k-${k}">${esc(x.text)}</mark>` : esc(x.text));
  });
  // every attributed sentence under its source, with its kind, cue and the cue's explanation
  const groups = groupBySource(report.attributions).map((g) => {
    const type = g.type ? (g.typeGuessed ? t('typeGuessed', t('type_' + g.type)) : t('type_' + g.type)) : null;
    const head = `${esc(g.label ?? t('noSource'))}${type ? ` <small>(${esc(type)}${g.key && !g.named ? `, ${esc(t('anonymous'))}` : ''})</small>` : ''}`;
    const items = g.items.map(({ attribution: a }) => {
      const why = explain(a.cueId);
      return `<li><span class="k-${a.kind}">${esc(a.cue)}</span> <small>${esc(t('kind_' + a.kind))}</small><br>${esc(a.sentence)}${why ? `<br><small class="why">${esc(why)}</small>` : ''}</li>`;
    });
    return `<section class="source"><h3>${head}</h3><ol>${items.join('')}</ol></section>`;
  });
  const types = Object.entries(s.byType)
    .map(([ty, n]) => `${esc(t('type_' + ty))} ${n}`)
    .join(', ');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(report.article.title ?? t('panelTitle'))}</title>
<style>body{font:15px/1.55 system-ui,sans-serif;max-width:760px;margin:24px auto;padding:0 16px;color:#1d2330}h1{font-size:22px}
${KINDS.map((k) => `.k-${k}{background:${KIND_COLOURS[k]};color:#111}`).join('')}.legend span{padding:0 6px;margin-right:6px;border-radius:3px}
mark{padding:0 2px;border-radius:2px}.meta{color:#4a5568}.source h3{font-size:16px;margin:18px 0 4px}.source li{margin:6px 0}
.why{color:#4a5568}.about{font-size:13px;color:#2d3748}@media print{a{color:inherit}.source{break-inside:avoid}}</style></head><body>
<h1>${esc(report.article.title ?? '')}</h1>
<p class="meta">${esc([report.article.outlet, report.article.published, report.url].filter(Boolean).join(' · '))}</p>
<h2>${esc(t('summaryTitle'))}</h2>
<p>${esc(t('summaryLine', s.attributedSentences, s.sentences))}. ${esc(t('namedLine', s.namedSources, s.anonymousSources))}. ${esc(
    verdict(s)
      .map((k) => t(k))
      .join(' '),
  )}</p>
${types ? `<p>${esc(t('typeMix'))}: ${types}</p>` : ''}
<p class="meta">${esc(t('verdictNote'))}</p>
<div class="about"><p>${esc(t('aboutShare'))}</p><p>${esc(t('aboutNamed'))}</p><p>${esc(t('aboutTypes'))}</p></div>
<p class="legend">${esc(t('legend'))}: ${KINDS.map((k) => `<span class="k-${k}">${esc(t('kind_' + k))}</span>`).join('')}</p>
<h2>${esc(t('bySource'))}</h2>
${groups.join('\n')}
${report.sourcesBox.length ? `<h2>${esc(t('sourcesBox'))}</h2><ul>${report.sourcesBox.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}
<h2>${esc(t('articleText'))}</h2>
${paragraphs
  .filter(Boolean)
  .map((p) => `<p>${p.join(' ')}</p>`)
  .join('\n')}
</body></html>
`;
}
