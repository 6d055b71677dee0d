/** The panel's styles, inside its shadow root: nothing leaks in or out. */
import { KIND_COLOURS, TYPE_COLOURS } from './palette.js';

export const PANEL_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.root { position: fixed; top: 72px; right: 12px; z-index: 2147483646; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; }
.root.left { right: auto; left: 12px; }
.panel { width: var(--ql-width, 340px); max-height: calc(100vh - 96px); overflow: auto; background: #fff; border: 1px solid #c9cfdb; border-radius: 10px; box-shadow: 0 6px 24px rgba(20, 30, 60, .18); padding: 12px 14px; }
.root.sheet { top: auto; bottom: 0; left: 0; right: 0; }
.sheet .panel { width: 100%; max-height: 45vh; border-radius: 12px 12px 0 0; }
.sheet .tab { position: fixed; bottom: 0; right: 12px; border-radius: 8px 8px 0 0; }
.tools { display: flex; gap: 6px; }
.typebar { display: flex; height: 10px; border-radius: 5px; overflow: hidden; margin: 6px 0; background: #e3e7ef; }
.seg { display: block; height: 100%; }
${Object.entries(TYPE_COLOURS)
  .map(([t, c]) => `.seg.type-${t}, .swatch.type-${t} { background: ${c}; }`)
  .join(' ')}
.typelegend { list-style: none; display: flex; flex-wrap: wrap; gap: 2px 10px; margin: 0 0 4px; padding: 0; font-size: 12px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; }
.typelegend .n { color: #4a5568; }
.about { font-size: 12px; margin-top: 6px; } .about summary { cursor: pointer; color: #1b4fa8; } .about p { margin: 4px 0; }
.row { display: flex; align-items: flex-start; gap: 4px; } .row .item { flex: 1; min-width: 0; }
.why { flex: none; width: 22px; height: 22px; margin-top: 4px; border: 1px solid #c9cfdb; border-radius: 11px; background: #f4f6fa; font-size: 12px; font-weight: 700; color: #1b3a6b; padding: 0; }
.why[aria-expanded="true"] { background: #1b3a6b; color: #fff; border-color: #1b3a6b; }
.explanation { margin: 2px 0 6px 6px; padding: 6px 8px; border-left: 3px solid #1b3a6b; background: #f4f6fa; font-size: 12px; border-radius: 0 6px 6px 0; }
.verdict { margin-top: 6px; } .fine { display: block; font-size: 12px; color: #4a5568; }
.legend { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 4px 0 8px; font-size: 12px; }
.link { background: none; border: 0; padding: 0; color: #1b4fa8; text-decoration: underline; font-size: 12px; }
.cited { font-size: 12px; } .cited.yes { color: #17663a; } .cited.no { color: #8a5a00; }
.unlisted { font-size: 12px; color: #4a5568; margin: 4px 0 0; }
.icon { display: inline-flex; align-items: center; justify-content: center; color: #1b3a6b; }
.icon[aria-pressed="true"] { background: #1b3a6b; border-color: #1b3a6b; color: #fff; }
header { display: flex; align-items: center; justify-content: space-between; margin-bottom: 6px; }
h2 { font-size: 16px; margin: 0; color: #1b3a6b; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #4a5568; margin: 12px 0 4px; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible, summary:focus-visible { outline: 2px solid #1b64d8; outline-offset: 2px; }
.icon { border: 1px solid #c9cfdb; background: #f4f6fa; border-radius: 6px; width: 28px; height: 28px; }
.tab { background: #1b3a6b; color: #fff; border: 0; border-radius: 8px 0 0 8px; padding: 8px 10px; box-shadow: 0 2px 10px rgba(0,0,0,.2); }
.summary p { margin: 2px 0; }
meter { width: 100%; height: 10px; }
.box ul, .groups ul { margin: 0; padding-left: 18px; }
.box li { margin: 2px 0; }
.credit .label { color: #4a5568; }
.group { border-top: 1px solid #e3e7ef; padding: 4px 0; }
.group summary { cursor: pointer; display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.source { font-weight: 600; }
.type { font-size: 11px; background: #e8eefb; color: #1b3a6b; border-radius: 10px; padding: 0 6px; }
.type.guess { background: none; border: 1px dashed #8a94a8; color: #4a5568; }
.anon { font-size: 11px; background: #fdf0d5; color: #6b4a00; border-radius: 10px; padding: 0 6px; }
.count { margin-left: auto; font-size: 12px; color: #4a5568; }
.groups ul { list-style: none; padding: 0; }
.item { display: block; width: 100%; text-align: left; background: none; border: 0; border-radius: 6px; padding: 4px 6px; }
.item:hover, .item.active { background: #f1f4fa; }
.cue { font-weight: 600; padding: 0 3px; border-radius: 3px; }
.kind { font-size: 11px; color: #4a5568; margin-left: 6px; }
.sentence { display: block; font-size: 13px; color: #2d3748; }
${Object.entries(KIND_COLOURS)
  .map(([k, c]) => `.kind-${k} { background: var(--ql-${k}, ${c}); }`)
  .join(' ')}
.note { color: #6b4a00; }
/* the page's scheme (its background), or the browser's when the page sets none */
.dark { color: #e6e9f0; }
.dark .panel { background: #1c2230; border-color: #3a4456; }
.dark h2 { color: #9cc2ff; } .dark h3, .dark .credit .label, .dark .count, .dark .kind, .dark .fine, .dark .unlisted { color: #b3bccb; }
.dark .icon { background: #2a3142; border-color: #3a4456; color: #e6e9f0; }
.dark .item:hover, .dark .item.active { background: #2a3142; }
.dark .sentence { color: #d5dae4; }
.dark .type { background: #24365a; color: #cfe0ff; } .dark .type.guess { background: none; color: #b3bccb; } .dark .anon { background: #4a3a10; color: #ffe7ad; }
.dark .cue { color: #111; } .dark .link { color: #9cc2ff; }
.dark .why { background: #2a3142; border-color: #3a4456; color: #e6e9f0; } .dark .explanation { background: #2a3142; border-color: #9cc2ff; }
.dark .about summary { color: #9cc2ff; } .dark .typelegend .n { color: #b3bccb; }
.dark .cited.yes { color: #7ee2a8; } .dark .cited.no { color: #ffd27a; } .dark .note { color: #ffd27a; }
`;
