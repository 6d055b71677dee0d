/**
 * `quellenlage report --format text`: the sourcing report as a reader takes it in on a terminal —
 * title, outlet, the summary figures, the outlet's source list and credits, then each source with
 * its attributions (kind, cue, sentence). Texts in the UI language (the environment's `LANG`);
 * every page-derived string without control characters.
 */
import type { Report } from '../core/schema.js';
import { SOURCE_TYPES } from '../core/vocabulary.js';
import { groupBySource } from '../ui/groups.js';
import { verdict } from '../ui/verdict.js';
import type { Translate } from '../ui/i18n.js';
import { printable } from './printable.js';

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** Breaks text into lines of at most `width` characters after `indent`. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

export function textReport(report: Report, t: Translate, width = 100): string {
  const p = (s: string | null | undefined) => printable(s ?? '').trim();
  const out: string[] = [];
  const a = report.article;
  out.push(p(a.title) || '(no title)');
  out.push(
    [a.outlet, a.published, report.url]
      .filter(Boolean)
      .map((x) => p(x))
      .join(' · '),
  );
  if (!report.isArticle || report.notAnalysed) {
    out.push('', t(report.isArticle ? 'notAnalysed' : 'noArticle'));
    if (report.notAnalysed) out.push(p(report.notAnalysed));
    return out.join('\n') + '\n';
  }
  const s = report.summary;
  out.push('');
  out.push(`${t('summaryLine', s.attributedSentences, s.sentences)} (${pct(s.attributedShare)})`);
  out.push(t('namedLine', s.namedSources, s.anonymousSources));
  const types = SOURCE_TYPES.filter((ty) => s.byType[ty]).map((ty) => `${t('type_' + ty)} ${s.byType[ty]}`);
  if (types.length) out.push(`${t('typeMix')}: ${types.join(', ')}`);
  out.push(
    ...wrap(
      verdict(s)
        .map((k) => t(k))
        .join(' '),
      width,
      '',
    ),
  );
  if (a.truncated) out.push(t('truncated_' + a.truncated));
  if (a.agencyCopy) out.push(t('agencyCopy_' + a.agencyCopy));
  if (report.sourcesBox.length) {
    out.push('', `${t('sourcesBox')}:`);
    for (const item of report.sourcesBox) out.push(...wrap(p(item), width, '  - '));
  }
  const credits: Array<[string, string[]]> = [
    [t('authors'), a.authors],
    [t('agencies'), a.agencies],
    [t('photoCredits'), report.imageCredits],
  ];
  if (credits.some(([, xs]) => xs.length)) {
    out.push('', `${t('credits')}:`);
    for (const [label, xs] of credits) if (xs.length) out.push(`  ${label}: ${xs.map((x) => p(x)).join(', ')}`);
  }
  const groups = groupBySource(report.attributions);
  if (groups.length) {
    out.push('', `${t('bySource')}:`);
    for (const g of groups) {
      const type = g.type ? t(g.typeGuessed ? 'typeGuessed' : 'type_' + g.type, t('type_' + g.type)) : null;
      const tags = [type, g.key && !g.named ? t('anonymous') : null];
      if (g.unresolved) tags.push(t('unresolved'));
      const head = `${p(g.label) || t('noSource')}${tags.some(Boolean) ? ` (${tags.filter(Boolean).join(', ')})` : ''}`;
      out.push('', `  ${head} · ${g.items.length}`);
      for (const { attribution: x } of g.items) {
        out.push(`    [${t('kind_' + x.kind)}] ${p(x.cue)}`);
        out.push(...wrap(p(x.sentence), width, '      '));
      }
    }
  }
  return out.join('\n') + '\n';
}
