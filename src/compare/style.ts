/** The page style of a comparison, the same in the extension's page and the CLI's HTML file. */
export const COMPARE_CSS = `body { font: 15px/1.5 system-ui, sans-serif; max-width: 960px; margin: 24px auto; padding: 0 16px; color: #1d2330; }
h1 { font-size: 22px; color: #1b3a6b; }
figure { margin: 24px 0; } figcaption { font-weight: 600; margin-bottom: 8px; }
table { border-collapse: collapse; width: 100%; margin-top: 24px; } caption { text-align: left; font-weight: 600; margin-bottom: 8px; }
th, td { border-bottom: 1px solid #d5dae3; padding: 6px 8px; text-align: left; vertical-align: top; }
td:nth-child(2), td:nth-child(3), td:nth-child(4), td:nth-child(5), td:nth-child(6) { text-align: right; white-space: nowrap; }
.filters { border: 1px solid #d5dae3; border-radius: 8px; padding: 8px 12px; } .filters h2 { font-size: 15px; margin: 0 0 6px; }
.filters label { display: inline-block; margin: 4px 14px 4px 0; } .filters fieldset { border: 0; padding: 0; margin: 6px 0 0; }
.filters label.outlet { margin-right: 10px; font-size: 14px; } .exports { display: flex; gap: 8px; }
.exports button, .filters input, .filters select { font: inherit; }
.note { color: #4a5568; } #problem { color: #a3231b; }
@media (prefers-color-scheme: dark) { body { background: #1c2230; color: #e6e9f0; } h1 { color: #9cc2ff; } .note { color: #c3c9d6; } th, td, .filters { border-color: #3a4356; } #problem { color: #ff9b91; } }`;
