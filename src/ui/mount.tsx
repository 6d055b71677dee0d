/**
 * Mounts the panel into a shadow root on a host element; one call to the returned function
 * removes it again.
 */
import { render } from 'preact';
import type { Report } from '../core/schema.js';
import { Panel } from './Panel.js';
import { PANEL_CSS } from './styles.js';
import type { Translate } from './i18n.js';

export interface MountOptions {
  report: Report;
  t: Translate;
  explain?: (cueId: string) => string | null;
  onSelect: (index: number) => void;
}

/** The id of the panel's host element in the page. */
export const HOST_ID = 'quellenlage-panel-host';

/** Mounts the panel; returns a function that unmounts it and removes the host. */
export function mountPanel(doc: Document, opts: MountOptions): () => void {
  doc.getElementById(HOST_ID)?.remove();
  const host = doc.createElement('div');
  host.id = HOST_ID;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const root = doc.createElement('div');
  root.className = 'root';
  shadow.append(style, root);
  (doc.body ?? doc.documentElement).appendChild(host);
  render(<Panel {...opts} />, root);
  return () => { render(null, root); host.remove(); };
}
