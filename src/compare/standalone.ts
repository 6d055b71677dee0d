/**
 * The script of the CLI's self-contained HTML report: reads the article rows from the page's JSON
 * data block and draws the comparison (filters, charts, table, exports). Bundled with Chart.js into one file that `quellenlage compare --html` inlines.
 */
import type { ArticleRow } from '../core/row.js';
import { translator } from '../ui/i18n.js';
import { renderComparison } from './view.js';

const data = JSON.parse(document.getElementById('ql-data')?.textContent ?? '{}') as {
  rows?: ArticleRow[];
  lang?: 'de' | 'en';
};
renderComparison(document.getElementById('ql-compare')!, data.rows ?? [], translator(data.lang === 'de' ? 'de' : 'en'));
