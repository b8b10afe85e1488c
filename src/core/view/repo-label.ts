import { isSafeWebUrl } from "../parse/safe-url";

/** `https://github.com/volcengine/verl.git` → `volcengine/verl`; other hosts keep host and path. */
export function repoLabel(url: string): string {
	if (!isSafeWebUrl(url)) return url;
	const parsed = new URL(url);
	const path = readable(parsed.pathname).replace(/\/+$/, "").replace(/\.git$/, "").replace(/^\/+/, "");
	const segments = path.split("/").filter(Boolean);
	if (/^(www\.)?(github|gitlab|gitee)\.com$/i.test(parsed.hostname) && segments.length >= 2) return `${segments[0]}/${segments[1]}`;
	return path ? `${parsed.hostname}/${path}` : parsed.hostname;
}

/** `URL` percent-encodes a path; a label shows `组织/项目` as the user wrote it. Bad escapes stay as they are. */
function readable(pathname: string): string {
	try {
		return decodeURIComponent(pathname);
	} catch {
		return pathname;
	}
}
