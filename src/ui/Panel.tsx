/**
 * The sourcing panel: a summary line, the outlet's own source list, the credits, and the
 * attributions grouped by source. It renders a report and reports clicks; it touches no page DOM.
 * All page text is rendered as text nodes (never as HTML).
 */
import { useState } from 'preact/hooks';
import type { Report } from '../core/schema.js';
import { groupBySource } from './groups.js';
import type { Translate } from './i18n.js';

export interface PanelProps {
  report: Report;
  t: Translate;
  /** The learner's explanation of a cue (by `cueId`), in the UI language; the host supplies it so the panel needs no lexicon. */
  explain?: (cueId: string) => string | null;
  /** Called with the index of an attribution in `report.attributions`. */
  onSelect: (index: number) => void;
  initiallyCollapsed?: boolean;
  onCollapse?: (collapsed: boolean) => void;
}

function List({ title, items, testid }: { title: string; items: string[]; testid: string }) {
  if (!items.length) return null;
  return (
    <div class="credit" data-testid={testid}>
      <span class="label">{title}:</span> {items.join(', ')}
    </div>
  );
}

export function Panel({ report, t, explain, onSelect, initiallyCollapsed = false, onCollapse }: PanelProps) {
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  const [active, setActive] = useState<number | null>(null);
  const toggle = (c: boolean) => { setCollapsed(c); onCollapse?.(c); };
  if (collapsed) {
    return (
      <button class="tab" type="button" data-testid="ql-expand" aria-label={t('expand')} onClick={() => toggle(false)}>
        {t('panelTitle')} · {report.attributions.length}
      </button>
    );
  }
  const s = report.summary;
  const groups = groupBySource(report.attributions);
  return (
    <section class="panel" role="complementary" aria-label={t('panelTitle')} data-testid="ql-panel"
      onKeyDown={(e) => { if (e.key === 'Escape') toggle(true); }}>
      <header>
        <h2>{t('panelTitle')}</h2>
        <button type="button" class="icon" data-testid="ql-collapse" aria-label={t('collapse')} title={t('collapse')} onClick={() => toggle(true)}>–</button>
      </header>
      {report.notAnalysed ? <p class="note" data-testid="ql-not-analysed">{t(report.isArticle ? 'notAnalysed' : 'noArticle')}</p> : (
        <div class="summary" data-testid="ql-summary">
          <p>{t('summaryLine', s.attributedSentences, s.sentences)}</p>
          <meter min={0} max={1} value={s.attributedShare} aria-label={t('summaryLine', s.attributedSentences, s.sentences)} />
          <p>{t('namedLine', s.namedSources, s.anonymousSources)}</p>
        </div>
      )}
      {report.article.truncated && <p class="note" data-testid="ql-truncated">{t('truncated_' + report.article.truncated)}</p>}
      {report.article.agencyCopy && <p class="note" data-testid="ql-agency-copy">{t('agencyCopy_' + report.article.agencyCopy)}</p>}
      {report.sourcesBox.length > 0 && (
        <div class="box" data-testid="ql-sources-box">
          <h3>{t('sourcesBox')}</h3>
          <ul>{report.sourcesBox.map((item) => <li>{item}</li>)}</ul>
        </div>
      )}
      {(report.article.authors.length + report.article.agencies.length + report.imageCredits.length) > 0 && (
        <div class="credits" data-testid="ql-credits">
          <h3>{t('credits')}</h3>
          <List title={t('authors')} items={report.article.authors} testid="ql-authors" />
          <List title={t('agencies')} items={report.article.agencies} testid="ql-agencies" />
          <List title={t('photoCredits')} items={report.imageCredits} testid="ql-photos" />
        </div>
      )}
      {groups.length > 0 && (
        <div class="groups">
          <h3>{t('bySource')}</h3>
          {groups.map((g) => (
            <details class="group" data-testid="ql-group" open={groups.length <= 6}>
              <summary>
                <span class="source">{g.label ?? t('noSource')}</span>
                {g.type && <span class={`type type-${g.type}`}>{t('type_' + g.type)}</span>}
                {g.key && !g.named && <span class="anon">{t('anonymous')}</span>}
                <span class="count" aria-label={String(g.items.length)}>{g.items.length}</span>
              </summary>
              <ul>
                {g.items.map(({ attribution: a, index }) => (
                  <li>
                    <button type="button" class={`item${active === index ? ' active' : ''}`} data-testid="ql-attribution" data-index={index}
                      onClick={() => { setActive(index); onSelect(index); }}>
                      <span class={`cue kind-${a.kind}`} title={explain?.(a.cueId) ?? undefined}>{a.cue}</span>
                      <span class="kind">{t('kind_' + a.kind)}</span>
                      <span class="sentence">{a.sentence}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
      )}
    </section>
  );
}
