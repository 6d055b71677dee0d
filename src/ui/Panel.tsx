/**
 * The sourcing panel: a summary line, the outlet's own source list, the credits, and the
 * attributions grouped by source. It renders a report and reports clicks; it touches no page DOM.
 * All page text is rendered as text nodes (never as HTML).
 */
import { useState } from 'preact/hooks';
import type { Report } from '../core/schema.js';
import { SOURCE_TYPES, KINDS } from '../core/vocabulary.js';
import { groupBySource } from './groups.js';
import type { Translate } from './i18n.js';
import { verdict } from './verdict.js';

export interface PanelProps {
  report: Report;
  t: Translate;
  /** The learner's explanation of a cue (by `cueId`), in the UI language; the host supplies it so the panel needs no lexicon. */
  explain?: (cueId: string) => string | null;
  /** Called with the index of an attribution in `report.attributions`. */
  onSelect: (index: number) => void;
  initiallyCollapsed?: boolean;
  onCollapse?: (collapsed: boolean) => void;
  /** Educator mode: every attribution coloured by kind in the article, with a legend here. */
  educator?: boolean;
  onEducator?: (on: boolean) => void;
  /** Saves the article's sourcing as an HTML file (the host builds it). */
  onExport?: () => void;
}

/** The mix of source types as one bar and its legend (colour, type, count), the same colours as the comparison charts. */
function TypeBar({ byType, t }: { byType: Record<string, number>; t: Translate }) {
  const entries = SOURCE_TYPES.map((ty) => [ty, byType[ty] ?? 0] as const).filter(([, n]) => n > 0);
  const total = entries.reduce((a, [, n]) => a + n, 0);
  if (!total) return null;
  const label = `${t('typeMix')}: ${entries.map(([ty, n]) => `${t('type_' + ty)} ${n}`).join(', ')}`;
  return (
    <>
      <div class="typebar" role="img" aria-label={label} data-testid="ql-typebar" title={label}>
        {entries.map(([ty, n]) => (
          <span class={`seg type-${ty}`} style={{ width: `${(n / total) * 100}%` }} />
        ))}
      </div>
      <ul class="typelegend" aria-label={t('typeLegend')} data-testid="ql-typelegend">
        {entries.map(([ty, n]) => (
          <li>
            <span class={`swatch type-${ty}`} aria-hidden="true" />
            {t('type_' + ty)} <span class="n">{n}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** What the figures mean, folded away under one line. */
function About({ t }: { t: Translate }) {
  return (
    <details class="about" data-testid="ql-about">
      <summary>{t('aboutFigures')}</summary>
      <p>{t('aboutShare')}</p>
      <p>{t('aboutNamed')}</p>
      <p>{t('aboutTypes')}</p>
      <p>{t('aboutCue')}</p>
    </details>
  );
}

/** How many source groups start open: the most cited ones, the rest a click away. */
const OPEN_GROUPS = 6;

function List({ title, items, testid }: { title: string; items: string[]; testid: string }) {
  if (!items.length) return null;
  return (
    <div class="credit" data-testid={testid}>
      <span class="label">{title}:</span> {items.join(', ')}
    </div>
  );
}

export function Panel({
  report,
  t,
  explain,
  onSelect,
  initiallyCollapsed = false,
  onCollapse,
  educator = false,
  onEducator,
  onExport,
}: PanelProps) {
  const [teach, setTeach] = useState(educator);
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  const [active, setActive] = useState<number | null>(null);
  const [explained, setExplained] = useState<number | null>(null);
  const toggle = (c: boolean) => {
    setCollapsed(c);
    onCollapse?.(c);
  };
  const groups = groupBySource(report.attributions);
  if (collapsed) {
    const sources = groups.filter((g) => g.key !== '').length;
    return (
      <button class="tab" type="button" data-testid="ql-expand" aria-label={t('expand')} onClick={() => toggle(false)}>
        {t('tabLabel', sources, report.attributions.length)}
      </button>
    );
  }
  const s = report.summary;
  return (
    <section
      class="panel"
      role="complementary"
      aria-label={t('panelTitle')}
      data-testid="ql-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') toggle(true);
      }}
    >
      <header>
        <h2>{t('panelTitle')}</h2>
        <div class="tools">
          {report.attributions.length > 0 && (
            <button
              type="button"
              class="icon"
              data-testid="ql-educator"
              aria-pressed={teach}
              aria-label={t('educatorOn')}
              title={t('educatorOn')}
              onClick={() => {
                setTeach(!teach);
                onEducator?.(!teach);
              }}
            >
              {/* a mortarboard, drawn (no emoji font needed) */}
              <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path
                  fill="currentColor"
                  d="M12 3 1 9l11 6 9-4.9V17h2V9L12 3zm-6.8 9.4V16c0 1.9 3.1 3.5 6.8 3.5s6.8-1.6 6.8-3.5v-3.6L12 16.2 5.2 12.4z"
                />
              </svg>
            </button>
          )}
          <button
            type="button"
            class="icon"
            data-testid="ql-collapse"
            aria-label={t('collapse')}
            title={t('collapse')}
            onClick={() => toggle(true)}
          >
            –
          </button>
        </div>
      </header>
      {teach && (
        <div class="legend" data-testid="ql-legend" aria-label={t('legend')}>
          {KINDS.map((k) => (
            <span class={`cue kind-${k}`}>{t('kind_' + k)}</span>
          ))}
          {onExport && (
            <button
              type="button"
              class="link"
              data-testid="ql-export"
              // only the reader's own click saves a file: a page script's synthetic click does nothing
              onClick={(e) => {
                if (e.isTrusted) onExport();
              }}
            >
              {t('exportHtml')}
            </button>
          )}
        </div>
      )}
      {report.notAnalysed ? (
        <p class="note" data-testid="ql-not-analysed">
          {t(report.isArticle ? 'notAnalysed' : 'noArticle')}
        </p>
      ) : (
        <div class="summary" data-testid="ql-summary">
          <p>{t('summaryLine', s.attributedSentences, s.sentences)}</p>
          <meter
            min={0}
            max={1}
            value={s.attributedShare}
            aria-label={t('summaryLine', s.attributedSentences, s.sentences)}
          />
          <p>{t('namedLine', s.namedSources, s.anonymousSources)}</p>
          <TypeBar byType={s.byType} t={t} />
          <p class="verdict" data-testid="ql-verdict">
            {verdict(s)
              .map((k) => t(k))
              .join(' ')}{' '}
            <span class="fine">{t('verdictNote')}</span>
          </p>
          <About t={t} />
        </div>
      )}
      {report.article.truncated && (
        <p class="note" data-testid="ql-truncated">
          {t('truncated_' + report.article.truncated)}
        </p>
      )}
      {report.article.agencyCopy && (
        <p class="note" data-testid="ql-agency-copy">
          {t('agencyCopy_' + report.article.agencyCopy)}
        </p>
      )}
      {report.sourcesBox.length > 0 && (
        <div class="box" data-testid="ql-sources-box">
          <h3>{t('sourcesBox')}</h3>
          <ul>
            {(
              report.declaredVsCited?.listed ?? report.sourcesBox.map((item) => ({ item, citedAs: [] as string[] }))
            ).map(({ item, citedAs }) => (
              <li>
                <span class="src">{item}</span>
                {report.declaredVsCited && (
                  <span class={citedAs.length ? 'cited yes' : 'cited no'} title={citedAs.join(', ')}>
                    {' '}
                    · {t(citedAs.length ? 'declaredCited' : 'declaredNotCited')}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {report.declaredVsCited && report.declaredVsCited.unlisted.length > 0 && (
            <p class="unlisted" data-testid="ql-unlisted">
              {t('declaredUnlisted')} {report.declaredVsCited.unlisted.join(', ')}
            </p>
          )}
        </div>
      )}
      {report.article.authors.length + report.article.agencies.length + report.imageCredits.length > 0 && (
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
          {groups.map((g, gi) => (
            <details class="group" data-testid="ql-group" open={gi < OPEN_GROUPS}>
              <summary>
                <span class="source">{g.label ?? t('noSource')}</span>
                {g.unresolved && <span class="anon">{t('unresolved')}</span>}
                {g.type && (
                  <span
                    class={`type type-${g.type}${g.typeGuessed ? ' guess' : ''}`}
                    title={g.typeGuessed ? t('typeGuessedWhy') : undefined}
                  >
                    {g.typeGuessed ? t('typeGuessed', t('type_' + g.type)) : t('type_' + g.type)}
                  </span>
                )}
                {g.key && !g.named && <span class="anon">{t('anonymous')}</span>}
                <span class="count" aria-label={String(g.items.length)}>
                  {g.items.length}
                </span>
              </summary>
              <ul>
                {g.items.map(({ attribution: a, index }) => {
                  const why = explain?.(a.cueId) ?? null;
                  const id = `ql-why-${index}`;
                  return (
                    <li>
                      <div class="row">
                        <button
                          type="button"
                          class={`item${active === index ? ' active' : ''}`}
                          data-testid="ql-attribution"
                          data-index={index}
                          onClick={() => {
                            setActive(index);
                            onSelect(index);
                          }}
                        >
                          <span class={`cue kind-${a.kind}`} title={why ?? undefined}>
                            {a.cue}
                          </span>
                          <span class="kind">{t('kind_' + a.kind)}</span>
                          <span class="sentence">{a.sentence}</span>
                        </button>
                        {why && (
                          <button
                            type="button"
                            class="why"
                            data-testid="ql-why"
                            aria-expanded={explained === index}
                            aria-controls={id}
                            aria-label={t('explainCue', a.cue)}
                            title={t('explainCue', a.cue)}
                            onClick={() => setExplained(explained === index ? null : index)}
                          >
                            ?
                          </button>
                        )}
                      </div>
                      {why && explained === index && (
                        <p class="explanation" id={id} role="note" data-testid="ql-explanation">
                          {why}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            </details>
          ))}
        </div>
      )}
    </section>
  );
}
