/**
 * The outlet of a page, for the report and the researcher's tables: the name the page declares
 * (og:site_name, the JSON-LD publisher) checked against the page's domain. A site name that is a
 * section ("Lokales", "Sport") does not match the domain and gives way to a publisher, or the
 * brand at the end of the document's title, that does;
 * a page that declares neither is named by its domain. Entities a page encoded twice ("Haus &amp;amp; Hof")
 * are decoded, white space collapsed.
 */

import { letters } from '../core/own-outlet.js';
import { decodeCharRefs } from './char-refs.js';

/** A declared name with left-over HTML entities decoded and white space collapsed; null when empty. */
export function cleanName(s: string | null | undefined): string | null {
  if (!s) return null;
  const out = decodeCharRefs(s).replace(/\s+/g, ' ').trim();
  return out || null;
}

/** The host of an address without "www.", or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.replace(/^www\./, '') || null : null;
  } catch {
    return null;
  }
}

export { letters };

/** The name-giving label of a host: "kreisblatt" of "www.kreisblatt.example", "talbote" of "talbote.co.uk". */
function mainLabel(host: string): string {
  const labels = host.split('.');
  labels.pop();
  if (labels.length > 1 && /^(?:co|com|org|net|gov|ac|or)$/.test(labels[labels.length - 1]!)) labels.pop();
  return labels[labels.length - 1] ?? host;
}

/** Whether a declared name belongs to a host: its letters hold the host's label or the other way round, or its initials are the label. */
function belongsTo(name: string, host: string): boolean {
  const label = letters(mainLabel(host));
  const l = letters(name);
  if (label.length < 2 || l.length < 2) return false;
  const initials = letters(
    name
      .split(/[\s-]+/)
      .map((w) => w[0] ?? '')
      .join(''),
  );
  return l.includes(label) || (l.length >= 3 && label.includes(l)) || initials === label;
}

export interface OutletEvidence {
  /** og:site_name (or what stands in for it). */
  siteName: string | null;
  /** The JSON-LD publisher's name. */
  publisher: string | null;
  /** The page's address: given by the caller, else its canonical address. */
  url: string | null;
  /** The document's `<title>`, whose last part often names the outlet ("… | Kreisblatt"). */
  documentTitle?: string | null;
}

/** The last part of a title after a separator ("… - Kreisblatt" → "Kreisblatt"), or null. */
function titleBrand(title: string | null | undefined): string | null {
  const parts = (title ?? '').split(/\s+[|–—-]\s+|\s*::\s*/);
  const last = parts.length > 1 ? cleanName(parts[parts.length - 1]) : null;
  // a brand is a short name, not an issue or a date ("Der Talbote, Ausgabe 4/2026")
  return last && last.length <= 40 && !/[\d,]/.test(last) ? last : null;
}

/**
 * The outlet's name: the site name if it belongs to the domain, else the publisher or the title's
 * last part that does; else the declared name as it is, else the domain.
 */
export function outletName(e: OutletEvidence): string | null {
  const site = cleanName(e.siteName);
  const publisher = cleanName(e.publisher);
  const host = hostOf(e.url);
  if (!host) return site ?? publisher;
  if (site && belongsTo(site, host)) return site;
  if (publisher && belongsTo(publisher, host)) return publisher;
  const brand = titleBrand(e.documentTitle);
  if (brand && belongsTo(brand, host)) return brand;
  return site ?? publisher ?? host;
}
