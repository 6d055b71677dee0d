/**
 * The outlet comparison drawn into a page: two charts (Chart.js) and the same numbers as a table.
 * Used by the extension's comparison page and by the CLI's self-contained HTML report
 * (`quellenlage compare --html`). Page text is only ever set as text.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { SOURCE_TYPES } from '../core/vocabulary.js';
import { TYPE_COLOURS } from '../ui/palette.js';
import type { OutletStats } from '../core/compare.js';
import type { Translate } from '../ui/i18n.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const SHARE_COLOURS = ['#1b3a6b', '#2f7d4f', '#b5452f'];

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** The table of the comparison: one row per outlet. */
export function comparisonTable(doc: Document, stats: readonly OutletStats[], t: Translate): HTMLTableElement {
  const table = el(doc, 'table', undefined, { 'data-testid': 'ql-compare-table' });
  table.append(el(doc, 'caption', t('compareTableCaption')));
  const head = el(doc, 'tr');
  for (const h of [
    'compareOutlet',
    'compareArticles',
    'compareAttributed',
    'compareNamed',
    'compareAgency',
    'compareTypes',
  ])
    head.append(el(doc, 'th', t(h), { scope: 'col' }));
  table.appendChild(el(doc, 'thead')).append(head);
  const body = table.appendChild(el(doc, 'tbody'));
  for (const s of stats) {
    const tr = el(doc, 'tr');
    tr.append(el(doc, 'th', s.outlet, { scope: 'row' }));
    tr.append(
      el(doc, 'td', String(s.articles)),
      el(doc, 'td', pct(s.attributedShare)),
      el(doc, 'td', pct(s.namedShare)),
      el(doc, 'td', pct(s.agencyShare)),
    );
    const mix = SOURCE_TYPES.filter((ty) => s.typeMix[ty] > 0)
      .sort((a, b) => s.typeMix[b] - s.typeMix[a])
      .map((ty) => `${t('type_' + ty)} ${pct(s.typeMix[ty])}`)
      .join(', ');
    tr.append(el(doc, 'td', mix || '–'));
    body.append(tr);
  }
  return table;
}

/** Draws the comparison into `root`: the share chart, the source-type chart and the table. */
export function renderComparison(root: HTMLElement, stats: readonly OutletStats[], t: Translate): Chart[] {
  const doc = root.ownerDocument;
  root.replaceChildren();
  if (!stats.length) {
    root.append(el(doc, 'p', t('compareEmpty'), { 'data-testid': 'ql-compare-empty' }));
    return [];
  }
  const labels = stats.map((s) => s.outlet);
  const height = `${Math.max(160, 48 + stats.length * 44)}px`;
  const figure = (title: string, testid: string) => {
    const f = root.appendChild(el(doc, 'figure', undefined, { 'data-testid': testid }));
    f.append(el(doc, 'figcaption', title));
    const box = f.appendChild(el(doc, 'div', undefined, { style: `position:relative;height:${height}` }));
    // the canvas has a text alternative: the table below holds the same numbers
    return box.appendChild(
      el(doc, 'canvas', undefined, { role: 'img', 'aria-label': `${title} — ${t('compareSeeTable')}` }),
    );
  };
  const axis = { min: 0, max: 100, ticks: { callback: (v: string | number) => `${v} %` } };
  const shares = new Chart(figure(t('compareSharesTitle'), 'ql-chart-shares'), {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: t('compareAttributed'),
          data: stats.map((s) => Math.round(s.attributedShare * 100)),
          backgroundColor: SHARE_COLOURS[0],
        },
        {
          label: t('compareNamed'),
          data: stats.map((s) => (s.namedShare === null ? 0 : Math.round(s.namedShare * 100))),
          backgroundColor: SHARE_COLOURS[1],
        },
        {
          label: t('compareAgency'),
          data: stats.map((s) => Math.round(s.agencyShare * 100)),
          backgroundColor: SHARE_COLOURS[2],
        },
      ],
    },
    options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, scales: { x: axis } },
  });
  const types = SOURCE_TYPES.filter((ty) => stats.some((s) => s.typeMix[ty] > 0));
  const mix = new Chart(figure(t('compareTypesTitle'), 'ql-chart-types'), {
    type: 'bar',
    data: {
      labels,
      datasets: types.map((ty) => ({
        label: t('type_' + ty),
        data: stats.map((s) => Math.round(s.typeMix[ty] * 1000) / 10),
        backgroundColor: TYPE_COLOURS[ty],
      })),
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { ...axis, stacked: true }, y: { stacked: true } },
    },
  });
  root.append(comparisonTable(doc, stats, t));
  return [shares, mix];
}
