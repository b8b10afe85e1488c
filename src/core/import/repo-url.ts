import { isSafeWebUrl } from "../parse/safe-url";

const GITHUB_LIKE = new Set(["github.com", "www.github.com", "gitee.com", "www.gitee.com"]);
const GITLAB = new Set(["gitlab.com", "www.gitlab.com"]);
/** First path segments that are GitHub/Gitee pages, not an owner. */
const NOT_OWNERS = new Set(["orgs", "sponsors", "topics", "marketplace", "features", "settings", "apps", "collections", "search", "login", "about", "pricing", "enterprise", "explore", "trending", "users", "notifications", "issues", "pulls", "site"]);
/** GitLab path segments after which the project path has ended (older URLs have no `/-/`). */
const GITLAB_STOPS = new Set(["-", "tree", "blob", "issues", "merge_requests", "wikis", "commits", "releases", "tags"]);

/**
 * The project URL a GitHub / GitLab / Gitee link points into, or null for any other link:
 * `https://github.com/microsoft/DeepSpeed/tree/master/blogs/deepspeed-chat` → `https://github.com/microsoft/DeepSpeed`.
 */
export function projectUrl(url: string): string | null {
	if (!isSafeWebUrl(url)) return null;
	const parsed = new URL(url);
	const host = parsed.hostname.toLowerCase();
	const segments = parsed.pathname.split("/").filter(Boolean);
	if (GITHUB_LIKE.has(host)) {
		const [owner, name] = segments;
		if (owner === undefined || name === undefined || NOT_OWNERS.has(owner.toLowerCase())) return null;
		return `https://${host.replace(/^www\./, "")}/${owner}/${name.replace(/\.git$/i, "")}`;
	}
	if (GITLAB.has(host)) {
		const stop = segments.findIndex((s) => GITLAB_STOPS.has(s));
		const path = stop === -1 ? segments : segments.slice(0, stop);
		if (path.length < 2) return null;
		path[path.length - 1] = path[path.length - 1]!.replace(/\.git$/i, "");
		return `https://gitlab.com/${path.join("/")}`;
	}
	return null;
}

export function isRepoUrl(url: string): boolean {
	return projectUrl(url) !== null;
}

/** The last part of a project URL: the repository's own name. */
export function repoName(project: string): string {
	return project.slice(project.lastIndexOf("/") + 1);
}

