// js-yaml's loader appends an excerpt of the source to every error message, after its first line. We only
// ever show that first line (note-parser.ts, render-entry.ts), so the bundles leave the excerpt out.
module.exports = function noSnippet() {
	return null;
};
