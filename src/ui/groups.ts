/** Attributions grouped by source for the panel: one group per source, most cited first. */
import { sourceKey, type Attribution, type SourceType } from '../core/index.js';

export interface SourceGroup {
  key: string;
  /** The source's display name (the fullest name of the source in the group, for reports without one). */
  label: string | null;
  /** The group's source is a pronoun nobody named could be found for. */
  unresolved: boolean;
  type: SourceType | null;
  /** The type is a default in every attribution of the group: nothing in the text said it (shown as a guess). */
  typeGuessed: boolean;
  named: boolean;
  items: Array<{ attribution: Attribution; index: number }>;
}

/** Groups attributions by resolved source; attributions without a source form one group last. */
export function groupBySource(attributions: readonly Attribution[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  attributions.forEach((a, index) => {
    const key = sourceKey(a) ?? '';
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        label: a.display ?? a.resolved ?? a.source,
        unresolved: !!a.unresolved,
        type: a.type,
        typeGuessed: a.typeFrom === 'default',
        named: a.named,
        items: [],
      };
      groups.set(key, g);
    }
    if (a.display === undefined && a.source && (!g.label || a.source.length > g.label.length) && !a.resolved)
      g.label = a.source;
    g.named ||= a.named;
    if (a.typeFrom !== 'default') g.typeGuessed = false;
    g.items.push({ attribution: a, index });
  });
  return [...groups.values()].sort(
    (x, y) => (x.key === '' ? 1 : 0) - (y.key === '' ? 1 : 0) || y.items.length - x.items.length,
  );
}
