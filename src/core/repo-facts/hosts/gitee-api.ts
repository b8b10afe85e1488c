import { count, encodePath, instant, isObject, joinUrl, text, words, type HostApi } from "./host-api";

/**
 * Gitee Open API v5: `GET /api/v5/repos/{owner}/{repo}`. The license is a plain SPDX-like string;
 * topics are `project_labels` objects; an archived repository reports `status: "已归档"` or `archived: true`.
 */
export const giteeApi: HostApi = {
	host: "gitee",
	defaultBase: "https://gitee.com/api/v5",
	requestUrl: (address, base) => joinUrl(base, `/repos/${encodePath(address.path)}`),
	headers: (token) => ({
		accept: "application/json",
		"user-agent": "framework-atlas",
		// Gitee takes a token as `access_token`; a header keeps it out of logged URLs.
		...(token === null ? {} : { authorization: `token ${token}` }),
	}),
	parse(body) {
		if (!isObject(body)) return null;
		const currentPath = text(body.full_name);
		const stars = count(body.stargazers_count);
		if (currentPath === null || stars === null) return null;
		return {
			currentPath,
			facts: {
				stars,
				forks: count(body.forks_count),
				openIssues: count(body.open_issues_count),
				pushedAt: instant(body.pushed_at),
				archived: body.archived === true || (typeof body.status === "string" && /归档|archived/i.test(body.status)),
				license: text(body.license, 50),
				language: text(body.language, 50),
				description: text(body.description),
				topics: labels(body.project_labels),
			},
		};
	},
};

function labels(value: unknown): string[] {
	if (!Array.isArray(value)) return [];
	return words(value.map((label: unknown) => (isObject(label) ? label.name : label)));
}
