import { isSafeWebUrl } from "../parse/safe-url";

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for element content and quoted attribute values: nothing in it can open a tag or leave the attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/** An external link for http(s) URLs; any other URL (javascript:, data:, …) becomes plain text. */
export function htmlLink(text: string, url: string | null, cls: string): string {
	if (url === null || !isSafeWebUrl(url)) return `<span class="${cls}">${escapeHtml(text)}</span>`;
	return `<a class="${cls}" href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${escapeHtml(text)}</a>`;
}
