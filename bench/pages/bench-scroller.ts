/** The pane scrolls itself, as a workspace leaf's view content does in Obsidian (given to the page as extra CSS). */
export const SCROLLER_CLASS = "atlas-bench-scroller";
export const SCROLLER_CSS = `.${SCROLLER_CLASS} { height: 100vh; overflow-y: auto; }`;
