/** A note's text with one frontmatter field set (or taken out when `value` is null); the body is kept as is. */
export function withField(text: string, field: string, value: string | null): string {
	const lines = text.split("\n");
	const close = lines.indexOf("---", 1);
	if (lines[0] !== "---" || close === -1) return text;
	const head = lines.slice(1, close).filter((line) => !line.startsWith(`${field}:`));
	if (value !== null) head.push(`${field}: ${value}`);
	return ["---", ...head, ...lines.slice(close)].join("\n");
}
