/**
 * Size budgets of the built extension, gzipped (the bundle test and `npm run bench` read them). The
 * content script runs on every page of the listed news sites: its lexicons, about two fifths of it,
 * grow with the attribution recall, and the display names (German base forms), the outlet and the
 * dates beside the byline are read in the page too, so its budget leaves them room; the Chromium bench checks what
 * a page pays for it (long tasks, time to panel). The panel module loads only when a panel is shown;
 * about half of it are the cue explanations and UI texts of both languages (for its popovers, the
 * figures' explanations and the printable handout), and grows with the cues it explains.
 */
export const BUDGET_GZIP: Readonly<Record<string, number>> = { 'content.js': 78_000, 'panel.js': 22_000 };
