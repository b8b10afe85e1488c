/** Only http(s) URLs are ever turned into links; `javascript:`, `data:` and the rest stay text. */
export function isSafeWebUrl(value: string): boolean {
	if (!/^https?:\/\//i.test(value)) return false;
	try {
		const url = new URL(value);
		return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
	} catch {
		return false;
	}
}

/** Repo URLs compared after dropping case, a trailing slash and `.git`. */
export function normalizeRepoUrl(value: string): string {
	return value
		.trim()
		.toLowerCase()
		.replace(/^http:\/\//, "https://")
		.replace(/\/+$/, "")
		.replace(/\.git$/, "")
		.replace(/\/+$/, "");
}
