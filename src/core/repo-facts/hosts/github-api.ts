import { count, encodePath, instant, isObject, joinUrl, text, words, type HostApi } from "./host-api";

/** GitHub REST: `GET /repos/{owner}/{repo}`. A renamed repository answers 301 to `/repositories/{id}`. */
export const githubApi: HostApi = {
	host: "github",
	defaultBase: "https://api.github.com",
	requestUrl: (address, base) => joinUrl(base, `/repos/${encodePath(address.path)}`),
	headers: (token) => ({
		accept: "application/vnd.github+json",
		"x-github-api-version": "2022-11-28",
		"user-agent": "framework-atlas",
		...(token === null ? {} : { authorization: `Bearer ${token}` }),
	}),
	parse(body) {
		if (!isObject(body)) return null;
		const currentPath = text(body.full_name);
		const stars = count(body.stargazers_count);
		if (currentPath === null || stars === null) return null;
		const license = isObject(body.license) ? text(body.license.spdx_id) : null;
		return {
			currentPath,
			facts: {
				stars,
				forks: count(body.forks_count),
				openIssues: count(body.open_issues_count),
				pushedAt: instant(body.pushed_at),
				archived: body.archived === true,
				// "NOASSERTION" is GitHub's word for a license file it could not classify.
				license: license === "NOASSERTION" ? null : license,
				language: text(body.language, 50),
				description: text(body.description),
				topics: words(body.topics),
			},
		};
	},
};
