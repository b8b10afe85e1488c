/** What the template setting resolves to. "missing" is told to the user (notice or stderr) and the built-in template is used. */
export type TemplateText = { kind: "builtin" } | { kind: "user"; text: string } | { kind: "missing"; path: string };

/**
 * Reads the template note named in settings through `read` (null when no note is there), for the
 * plugin and `atlas new` alike. An empty setting means the built-in template; `.md` may be left out.
 */
export async function readTemplateNote(templatePath: string, read: (path: string) => Promise<string | null>): Promise<TemplateText> {
	const trimmed = templatePath.trim();
	if (trimmed === "") return { kind: "builtin" };
	const path = /\.md$/i.test(trimmed) ? trimmed : `${trimmed}.md`;
	const text = await read(path);
	return text === null ? { kind: "missing", path } : { kind: "user", text };
}
