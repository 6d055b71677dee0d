/**
 * Per-outlet knowledge as data: one small declarative entry per site. The generic extraction runs
 * everywhere; an entry only adds selectors where a site needs them. The entries are checked against
 * the zod schema `SiteRule` (site-rule.ts) by a unit test, not on every page load, and are kept sorted
 * by host (a unit test checks that too).
 */
import type { SiteRule } from './site-rule.js';

const RULES: SiteRule[] = [
  {
    host: 't-online.de',
    exclude: ['[data-testid="StreamLayout.Companion"]'],
    note: 'a companion column of other content sits inside the article body',
  },
];

/** The rule for a URL's host, or null (the generic path). */
export function siteRuleFor(url: string | null): SiteRule | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
  return RULES.find((r) => host === r.host || host.endsWith('.' + r.host)) ?? null;
}

/** All rules, for tests and the README. */
export function allSiteRules(): readonly SiteRule[] {
  return RULES;
}
