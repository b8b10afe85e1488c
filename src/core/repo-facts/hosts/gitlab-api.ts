import { count, instant, isObject, joinUrl, text, words, type HostApi } from "./host-api";

/**
 * GitLab REST v4: `GET /api/v4/projects/{url-encoded path}?license=true` (the license is only included
 * when asked for). A moved project answers 301 to `/projects/{id}`. GitLab reports last activity,
 * not last push, and its primary language needs another request, so `language` stays empty.
 */
export const gitlabApi: HostApi = {
	host: "gitlab",
	defaultBase: "https://gitlab.com/api/v4",
	requestUrl: (address, base) => joinUrl(base, `/projects/${encodeURIComponent(address.path)}?license=true`),
	headers: (token) => ({ accept: "application/json", "user-agent": "framework-atlas", ...(token === null ? {} : { "private-token": token }) }),
	parse(body) {
		if (!isObject(body)) return null;
		const currentPath = text(body.path_with_namespace);
		const stars = count(body.star_count);
		if (currentPath === null || stars === null) return null;
		const license = isObject(body.license) ? text(body.license.key, 50) : null;
		return {
			currentPath,
			facts: {
				stars,
				forks: count(body.forks_count),
				openIssues: count(body.open_issues_count),
				pushedAt: instant(body.last_activity_at),
				archived: body.archived === true,
				license,
				language: null,
				description: text(body.description),
				topics: words(Array.isArray(body.topics) ? body.topics : body.tag_list),
			},
		};
	},
};
