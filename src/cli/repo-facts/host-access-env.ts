import type { HostAccess } from "../../core/repo-facts/hosts/host-apis";
import type { RepoHost } from "../../core/repo-facts/repo-facts-types";

const BASE_VARIABLES: Record<RepoHost, string> = { github: "ATLAS_GITHUB_API", gitee: "ATLAS_GITEE_API", gitlab: "ATLAS_GITLAB_API" };

/** API bases from ATLAS_*_API (mirrors, tests) and the GitHub token from GITHUB_TOKEN. Throws a message for a bad base. */
export function hostAccessFromEnv(env: Readonly<Record<string, string | undefined>>, badBase: (variable: string, value: string) => string): HostAccess {
	const access: HostAccess = { base: {}, token: {} };
	for (const [host, variable] of Object.entries(BASE_VARIABLES) as [RepoHost, string][]) {
		const value = env[variable]?.trim();
		if (value === undefined || value === "") continue;
		if (!/^https?:\/\/[^\s/]+/.test(value)) throw new Error(badBase(variable, value));
		access.base[host] = value;
	}
	const token = env.GITHUB_TOKEN?.trim();
	if (token) access.token.github = token;
	return access;
}
