/**
 * Per-outlet knowledge as data: one small declarative entry per site, validated by zod. The generic
 * extraction runs everywhere; an entry only adds selectors where a site needs them. Entries are kept
 * sorted by host (a unit test checks it).
 */
import { z } from 'zod';

export const SiteRule = z.object({
  /** Host name without "www."; matches the host and its subdomains. */
  host: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/),
  /** The article body container. */
  body: z.string().optional(),
  /** Elements inside the body that are not article text. */
  exclude: z.array(z.string()).default([]),
  /** The byline element. */
  byline: z.string().optional(),
  /** Why the entry exists. */
  note: z.string(),
}).strict();
export type SiteRule = z.infer<typeof SiteRule>;

const RULES: SiteRule[] = z.array(SiteRule).parse([
  { host: 't-online.de', exclude: ['[data-testid="StreamLayout.Companion"]'], note: 'a companion column of other content sits inside the article body' },
]);

/** The rule for a URL's host, or null (the generic path). */
export function siteRuleFor(url: string | null): SiteRule | null {
  if (!url) return null;
  let host: string;
  try { host = new URL(url).hostname.replace(/^www\./, ''); } catch { return null; }
  return RULES.find((r) => host === r.host || host.endsWith('.' + r.host)) ?? null;
}

/** All rules, for tests and the README. */
export function allSiteRules(): readonly SiteRule[] {
  return RULES;
}
