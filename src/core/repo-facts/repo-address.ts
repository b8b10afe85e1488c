import type { RepoHost } from "./repo-facts-types";

/** A repository URL understood as host + path, with the cache key every surface looks facts up by. */
export interface RepoAddress {
	host: RepoHost;
	/** `owner/name` (GitHub, Gitee) or `group/sub/project` (GitLab), as written in the note. */
	path: string;
	/** `https://github.com/owner/name`: lower-cased host, no `.git`, no trailing parts. */
	key: string;
}

const HOSTS: Record<string, RepoHost> = {
	"github.com": "github",
	"www.github.com": "github",
	"gitee.com": "gitee",
	"www.gitee.com": "gitee",
	"gitlab.com": "gitlab",
	"www.gitlab.com": "gitlab",
};

// Owner and repository names as the hosts allow them: letters, digits, "-", "_", ".".
const SEGMENT = /^[A-Za-z0-9_.-]+$/;

/** The repository a `repo:` URL points at, or null for other hosts and for URLs that name no repository. */
export function repoAddress(url: string): RepoAddress | null {
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		return null;
	}
	if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
	const hostName = parsed.hostname.toLowerCase();
	const host = HOSTS[hostName];
	if (host === undefined) return null;
	const segments = repoSegments(host, parsed.pathname);
	if (segments === null) return null;
	const path = segments.join("/");
	const canonical = hostName.replace(/^www\./, "");
	// GitHub and Gitee names are case-insensitive; GitLab paths are too, for lookups.
	return { host, path, key: `https://${canonical}/${path.toLowerCase()}` };
}

function repoSegments(host: RepoHost, pathname: string): string[] | null {
	let segments: string[];
	try {
		segments = pathname.split("/").filter((s) => s !== "").map(decodeURIComponent);
	} catch {
		return null;
	}
	if (host === "gitlab") {
		// Everything after "/-/" is a page inside the project (tree, issues...).
		const dash = segments.indexOf("-");
		if (dash !== -1) segments = segments.slice(0, dash);
	} else segments = segments.slice(0, 2);
	if (segments.length < 2) return null;
	const last = segments.length - 1;
	segments[last] = segments[last]!.replace(/\.git$/i, "");
	return segments.every((s) => SEGMENT.test(s) && s !== "." && s !== "..") ? segments : null;
}
