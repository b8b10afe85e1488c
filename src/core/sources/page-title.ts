import { decodeHtmlEntities } from "./html-entities";

/**
 * The title of a fetched web page, from its raw bytes: the charset comes from the Content-Type
 * header, else a byte-order mark, else `<meta charset>` / `<meta http-equiv="Content-Type">` in the
 * first bytes, else UTF-8 (GBK, GB2312, GB18030 and Big5 pages decode through TextDecoder). Prefers
 * `og:title`, then `<title>`; entities are decoded and whitespace collapsed. Falls back to `fallback`
 * when the page has no usable title.
 */
export function pageTitle(bytes: Uint8Array, contentType: string | null, fallback: string): string {
	const html = decodePage(bytes, contentType);
	const title = ogTitle(html) ?? titleElement(html);
	return title ?? fallback;
}

/** Titles longer than this are cut: a page cannot flood the note with its title. */
export const MAX_TITLE_CHARS = 300;
/** Only the head matters; a huge page is not scanned in full. */
const SCAN_CHARS = 256 * 1024;

export function decodePage(bytes: Uint8Array, contentType: string | null): string {
	const label = charsetFromHeader(contentType) ?? charsetFromBom(bytes) ?? charsetFromMeta(bytes) ?? "utf-8";
	return decoderFor(label).decode(bytes.subarray(0, SCAN_CHARS * 4)).slice(0, SCAN_CHARS);
}

function decoderFor(label: string): TextDecoder {
	try {
		return new TextDecoder(label);
	} catch {
		return new TextDecoder("utf-8");
	}
}

export function charsetFromHeader(contentType: string | null): string | null {
	if (!contentType) return null;
	const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
	return match ? match[1]!.toLowerCase() : null;
}

function charsetFromBom(bytes: Uint8Array): string | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
	return null;
}

/** Reads the first 4 KB as Latin-1 (every byte maps to one char, ASCII stays ASCII) to find a meta charset. */
function charsetFromMeta(bytes: Uint8Array): string | null {
	const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
	for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
		const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
		if (direct) return direct[1]!.toLowerCase();
	}
	return null;
}

function ogTitle(html: string): string | null {
	for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
		const attrs = attributes(tag);
		const key = (attrs.get("property") ?? attrs.get("name") ?? "").toLowerCase();
		if (key !== "og:title") continue;
		const title = cleanTitle(attrs.get("content") ?? "");
		if (title !== null) return title;
	}
	return null;
}

function titleElement(html: string): string | null {
	const match = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
	return match ? cleanTitle(match[1]!) : null;
}

function attributes(tag: string): Map<string, string> {
	const attrs = new Map<string, string>();
	const pattern = /([^\s=/<>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
	for (let m = pattern.exec(tag); m !== null; m = pattern.exec(tag)) attrs.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? "");
	return attrs;
}

function cleanTitle(raw: string): string | null {
	// Control characters (an entity like &#27; included) and bidi overrides never reach the note.
	const text = decodeHtmlEntities(raw.replace(/<[^>]*>/g, ""))
		.replace(/\s+/g, " ")
		.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, "")
		.trim();
	if (text === "") return null;
	return text.length > MAX_TITLE_CHARS ? `${text.slice(0, MAX_TITLE_CHARS - 1)}…` : text;
}
