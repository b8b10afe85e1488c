/**
 * The exported page's only styling, inlined so the page makes no request at all. System fonts with
 * CJK fallbacks; light and dark follow the reader's system setting.
 */
export const CATALOGUE_CSS = `
:root { --s0: #0969da; --s1: #8250df; --s2: #1a7f37; --s3: #cf222e; --s4: #bc4c00; --s5: #6e7781; --s6: #bf8700; --s7: #1b7c83; }
:root { color-scheme: light dark; --text: #1f2328; --muted: #59636e; --bg: #ffffff; --card: #f6f8fa; --border: #d1d9e0; --accent: #0969da; --star: #bf8700; }
@media (prefers-color-scheme: dark) { :root { --text: #e6edf3; --muted: #9198a1; --bg: #0d1117; --card: #151b23; --border: #3d444d; --accent: #4493f8; --star: #d29922; --s0: #4493f8; --s1: #ab7df8; --s2: #3fb950; --s3: #f85149; --s4: #db6d28; --s5: #9198a1; --s6: #d29922; --s7: #39c5cf; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 24px 16px 48px; }
h1 { margin: 0 0 4px; font-size: 1.8em; }
.atlas-meta { margin: 0 0 16px; color: var(--muted); }
nav ul { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 24px; padding: 0; list-style: none; }
nav a { display: inline-block; padding: 2px 10px; border: 1px solid var(--border); border-radius: 999px; color: var(--text); text-decoration: none; }
nav a:hover { border-color: var(--accent); }
section { margin: 0 0 20px; padding: 12px 16px; border: 1px solid var(--border); border-radius: 8px; background: var(--card); }
h2 { margin: 0 0 8px; font-size: 1.2em; }
.atlas-count { margin-inline-start: 6px; padding: 0 8px; border-radius: 999px; background: var(--border); font-size: 0.8em; font-weight: normal; }
ul.atlas-entries { margin: 0; padding: 0; list-style: none; }
ul.atlas-entries ul.atlas-entries { margin-inline-start: 20px; padding-inline-start: 12px; border-inline-start: 2px solid var(--border); }
li.atlas-entry { padding: 6px 0; }
.atlas-name { font-weight: 600; color: var(--text); }
a.atlas-name { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
.atlas-star { color: var(--star); margin-inline-end: 4px; }
.atlas-detail { margin: 2px 0 0; color: var(--muted); font-size: 0.92em; overflow-wrap: anywhere; }
.atlas-detail a { color: var(--accent); }
.atlas-empty { color: var(--muted); font-style: italic; margin: 0; }
.atlas-matrix-scroll { overflow-x: auto; margin-top: 12px; }
table.atlas-matrix { border-collapse: collapse; font-size: 0.92em; }
.atlas-matrix th, .atlas-matrix td { padding: 3px 10px; border: 1px solid var(--border); text-align: center; }
.atlas-matrix th[scope="row"] { text-align: start; position: sticky; inset-inline-start: 0; background: var(--card); }
.atlas-matrix tfoot { color: var(--muted); }
.atlas-timeline { background: var(--bg); }
svg.atlas-chart { display: block; width: 100%; height: 140px; }
.atlas-chart-labels { display: flex; color: var(--muted); font-size: 11px; }
.atlas-chart-labels span { flex: 1 1 0; text-align: center; white-space: nowrap; }
.atlas-axis { stroke: var(--border); }
.atlas-hit { fill: transparent; }
g:hover .atlas-hit { fill: var(--border); opacity: 0.4; }
ul.atlas-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 6px 0 0; padding: 0; list-style: none; color: var(--muted); font-size: 0.9em; }
.atlas-swatch { display: inline-block; width: 10px; height: 10px; margin-inline-end: 6px; border-radius: 2px; }
.atlas-fill-0 { fill: var(--s0); } .atlas-fill-1 { fill: var(--s1); } .atlas-fill-2 { fill: var(--s2); } .atlas-fill-3 { fill: var(--s3); }
.atlas-fill-4 { fill: var(--s4); } .atlas-fill-5 { fill: var(--s5); } .atlas-fill-6 { fill: var(--s6); } .atlas-fill-7 { fill: var(--s7); }
.atlas-bg-0 { background: var(--s0); } .atlas-bg-1 { background: var(--s1); } .atlas-bg-2 { background: var(--s2); } .atlas-bg-3 { background: var(--s3); }
.atlas-bg-4 { background: var(--s4); } .atlas-bg-5 { background: var(--s5); } .atlas-bg-6 { background: var(--s6); } .atlas-bg-7 { background: var(--s7); }
footer { margin-top: 24px; color: var(--muted); font-size: 0.85em; }
`;
