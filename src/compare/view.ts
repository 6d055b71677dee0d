/**
 * The outlet comparison drawn into a page: filters (date range, language, outlets), two charts
 * (Chart.js) and the same numbers as a table with sample sizes and bootstrap intervals, and the
 * exports of both (PNG, CSV). Used by the extension's comparison page and by the CLI's
 * self-contained HTML report (`quellenlage compare --html`). Page text is only ever set as text.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { SOURCE_TYPES } from '../core/vocabulary.js';
import { TYPE_COLOURS } from '../ui/palette.js';
import {
  compareOutlets,
  filterRows,
  outletOf,
  statsCsv,
  withInterval,
  type OutletStats,
  type RowFilter,
} from '../core/compare.js';
import type { ArticleRow } from '../core/row.js';
import type { Translate } from '../ui/i18n.js';
import { download } from '../ui/download.js';

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
    'compareSources',
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
      el(doc, 'td', String(s.sources)),
      el(doc, 'td', withInterval(s.attributedShare, s.intervals.attributed, s.articles)),
      el(doc, 'td', withInterval(s.namedShare, s.intervals.named, s.articles)),
      el(doc, 'td', withInterval(s.agencyShare, s.intervals.agency, s.articles)),
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

/** The filter form: dates, language, outlets; calls `change` with the filter after every edit. */
function filterForm(doc: Document, rows: readonly ArticleRow[], t: Translate, change: (f: RowFilter) => void) {
  const form = el(doc, 'form', undefined, { 'data-testid': 'ql-compare-filters', class: 'filters' });
  form.append(el(doc, 'h2', t('compareFilters')));
  const field = (label: string, input: HTMLElement) => {
    const l = el(doc, 'label', label + ' ');
    l.append(input);
    form.append(l);
    return input;
  };
  const from = field(
    t('compareFrom'),
    el(doc, 'input', undefined, { type: 'date', id: 'ql-from' }),
  ) as HTMLInputElement;
  const until = field(
    t('compareUntil'),
    el(doc, 'input', undefined, { type: 'date', id: 'ql-until' }),
  ) as HTMLInputElement;
  const lang = field(t('compareLang'), el(doc, 'select', undefined, { id: 'ql-lang' })) as HTMLSelectElement;
  lang.append(el(doc, 'option', t('compareAllLangs'), { value: '' }));
  const langs = [...new Set(rows.map((r) => (r.lang ?? '').split(/[-_]/)[0]!.toLowerCase()).filter(Boolean))].sort();
  for (const l of langs) lang.append(el(doc, 'option', l, { value: l }));
  const box = el(doc, 'fieldset', undefined, { id: 'ql-outlets' });
  box.append(el(doc, 'legend', t('compareOutlets')));
  const names = [...new Set(rows.map(outletOf))].sort((a, b) => a.localeCompare(b));
  for (const name of names) {
    const l = el(doc, 'label', undefined, { class: 'outlet' });
    const c = el(doc, 'input', undefined, { type: 'checkbox', value: name });
    (c as HTMLInputElement).checked = true;
    l.append(c, doc.createTextNode(' ' + name));
    box.append(l);
  }
  form.append(box);
  const read = (): RowFilter => {
    const boxes = [...box.querySelectorAll('input')] as HTMLInputElement[];
    const on = boxes.filter((b) => b.checked).map((b) => b.value);
    return {
      from: from.value || null,
      until: until.value || null,
      lang: lang.value || null,
      // all checked: no outlet filter; none checked: nothing shown
      outlets: on.length === boxes.length ? null : on.length ? on : ['\u0000'],
    };
  };
  form.addEventListener('change', () => change(read()));
  form.addEventListener('submit', (e) => e.preventDefault());
  return form;
}

/**
 * Draws the comparison of `rows` into `root`: the filters, and below them (drawn again on every
 * change) the count of articles shown, the export buttons, the two charts and the table.
 */
export function renderComparison(root: HTMLElement, rows: readonly ArticleRow[], t: Translate): void {
  const doc = root.ownerDocument;
  root.replaceChildren();
  if (!rows.length) {
    root.append(el(doc, 'p', t('compareEmpty'), { 'data-testid': 'ql-compare-empty' }));
    return;
  }
  const results = el(doc, 'div', undefined, { 'data-testid': 'ql-compare-results' });
  let charts: Chart[] = [];
  const draw = (f: RowFilter) => {
    for (const c of charts) c.destroy();
    const kept = filterRows(rows, f);
    results.replaceChildren();
    results.append(el(doc, 'p', t('compareShown', kept.length, rows.length), { 'data-testid': 'ql-compare-shown' }));
    charts = drawStats(results, compareOutlets(kept), t);
  };
  root.append(filterForm(doc, rows, t, draw), results);
  draw({});
}

/** The exports, the charts and the table of `stats` into `root`; returns the charts. */
function drawStats(root: HTMLElement, stats: readonly OutletStats[], t: Translate): Chart[] {
  const doc = root.ownerDocument;
  if (!stats.length) {
    root.append(el(doc, 'p', t('compareEmpty'), { 'data-testid': 'ql-compare-empty' }));
    return [];
  }
  const tools = root.appendChild(el(doc, 'p', undefined, { class: 'exports' }));
  const csvButton = tools.appendChild(
    el(doc, 'button', t('compareExportCsv'), { type: 'button', 'data-testid': 'ql-export-csv' }),
  );
  const pngButton = tools.appendChild(
    el(doc, 'button', t('compareExportPng'), { type: 'button', 'data-testid': 'ql-export-png' }),
  );
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
  root.append(el(doc, 'p', t('compareIntervalNote'), { class: 'note' }));
  csvButton.addEventListener('click', () =>
    download(doc, 'quellenlage-comparison.csv', new Blob([statsCsv(stats)], { type: 'text/csv' })),
  );
  pngButton.addEventListener('click', () => {
    for (const [chart, name] of [
      [shares, 'shares'],
      [mix, 'source-types'],
    ] as const) {
      const data = atob(chart.toBase64Image('image/png').split(',')[1] ?? '');
      const bytes = Uint8Array.from(data, (c) => c.charCodeAt(0));
      download(doc, `quellenlage-${name}.png`, new Blob([bytes], { type: 'image/png' }));
    }
  });
  return [shares, mix];
}
