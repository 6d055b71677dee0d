/**
 * The script of the CLI's self-contained HTML report: reads the figures from the page's JSON data
 * block and draws them. Bundled with Chart.js into one file that `quellenlage compare --html` inlines.
 */
import type { OutletStats } from '../core/compare.js';
import { translator } from '../ui/i18n.js';
import { renderComparison } from './view.js';

const data = JSON.parse(document.getElementById('ql-data')?.textContent ?? '{}') as {
  stats?: OutletStats[];
  lang?: 'de' | 'en';
};
renderComparison(
  document.getElementById('ql-compare')!,
  data.stats ?? [],
  translator(data.lang === 'de' ? 'de' : 'en'),
);
