/** The zod schema of a per-outlet rule (sites.ts). */
import * as z from 'zod/mini';

export const SiteRule = z.strictObject({
  /** Host name without "www."; matches the host and its subdomains. */
  host: z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)),
  /** The article body container. */
  body: z.optional(z.string()),
  /** Elements inside the body that are not article text. */
  exclude: z._default(z.array(z.string()), []),
  /** The byline element. */
  byline: z.optional(z.string()),
  /** Why the entry exists. */
  note: z.string(),
});
/** A rule as written in sites.ts (`exclude` may be left out). */
export type SiteRule = z.input<typeof SiteRule>;
