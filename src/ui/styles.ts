/** The panel's styles, inside its shadow root: nothing leaks in or out. */
export const PANEL_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.root { position: fixed; top: 72px; right: 12px; z-index: 2147483646; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; }
.panel { width: 340px; max-height: calc(100vh - 96px); overflow: auto; background: #fff; border: 1px solid #c9cfdb; border-radius: 10px; box-shadow: 0 6px 24px rgba(20, 30, 60, .18); padding: 12px 14px; }
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
.anon { font-size: 11px; background: #fdf0d5; color: #6b4a00; border-radius: 10px; padding: 0 6px; }
.count { margin-left: auto; font-size: 12px; color: #4a5568; }
.groups ul { list-style: none; padding: 0; }
.item { display: block; width: 100%; text-align: left; background: none; border: 0; border-radius: 6px; padding: 4px 6px; }
.item:hover, .item.active { background: #f1f4fa; }
.cue { font-weight: 600; padding: 0 3px; border-radius: 3px; }
.kind { font-size: 11px; color: #4a5568; margin-left: 6px; }
.sentence { display: block; font-size: 13px; color: #2d3748; }
.kind-quote { background: #dbeafe; } .kind-reported { background: #dcfce7; } .kind-according_to { background: #fef3c7; } .kind-reportative { background: #fce7f3; }
.note { color: #6b4a00; }
@media (prefers-color-scheme: dark) {
  .root { color: #e6e9f0; }
  .panel { background: #1c2230; border-color: #3a4456; }
  h2 { color: #9cc2ff; } h3, .credit .label, .count, .kind { color: #b3bccb; }
  .icon { background: #2a3142; border-color: #3a4456; }
  .item:hover, .item.active { background: #2a3142; }
  .sentence { color: #d5dae4; }
  .type { background: #24365a; color: #cfe0ff; } .anon { background: #4a3a10; color: #ffe7ad; }
  .cue { color: #111; }
}
`;

/** Styles the page needs for the CSS Custom Highlight API: `::highlight()` must live in the page's stylesheet. */
export const PAGE_HIGHLIGHT_CSS = `::highlight(quellenlage-focus) { background-color: #ffe08a; color: inherit; }`;
