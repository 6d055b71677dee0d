/**
 * Mounts the panel into a shadow root on a host element; one call to the returned function
 * removes it again.
 */
import { render } from 'preact';
import type { Report } from '../core/schema.js';
import { Panel } from './Panel.js';
import { PANEL_CSS } from './styles.js';
import type { Translate } from './i18n.js';

/** Where the panel goes: docked in the margin beside the article, a bottom sheet, or over the page (starting as a tab). */
export interface Layout {
  placement: 'docked' | 'sheet' | 'overlay';
  side: 'right' | 'left';
  /** The panel's width in docked mode (px). */
  width: number;
  scheme: 'light' | 'dark';
}

export interface MountOptions {
  report: Report;
  t: Translate;
  explain?: (cueId: string) => string | null;
  onSelect: (index: number) => void;
  layout?: Layout;
  /** Highlight colours per kind, for the legend and the cues (the page highlights use the same). */
  colours?: Record<string, string>;
  initiallyCollapsed?: boolean;
  onCollapse?: (collapsed: boolean) => void;
  educator?: boolean;
  onEducator?: (on: boolean) => void;
  onExport?: () => void;
}

/** The id of the panel's host element in the page. */
export const HOST_ID = 'quellenlage-panel-host';

/** Mounts the panel; returns a function that unmounts it and removes the host. */
export function mountPanel(doc: Document, opts: MountOptions): () => void {
  doc.getElementById(HOST_ID)?.remove();
  const host = doc.createElement('div');
  host.id = HOST_ID;
  // closed: the page's scripts cannot read or rewrite what the panel shows (host.shadowRoot is null)
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const root = doc.createElement('div');
  const layout = opts.layout ?? { placement: 'docked', side: 'right', width: 340, scheme: 'light' };
  root.className = `root ${layout.placement} ${layout.side} ${layout.scheme}`;
  root.style.setProperty('--ql-width', `${layout.width}px`);
  for (const [k, c] of Object.entries(opts.colours ?? {}))
    if (/^#[0-9a-f]{6}$/i.test(c)) root.style.setProperty(`--ql-${k}`, c);
  shadow.append(style, root);
  (doc.body ?? doc.documentElement).appendChild(host);
  render(<Panel {...opts} />, root);
  return () => {
    render(null, root);
    host.remove();
  };
}
