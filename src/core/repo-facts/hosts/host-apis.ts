import type { RepoHost } from "../repo-facts-types";
import { giteeApi } from "./gitee-api";
import { githubApi } from "./github-api";
import type { HostApi } from "./host-api";
import { gitlabApi } from "./gitlab-api";

export const HOST_APIS: Record<RepoHost, HostApi> = { github: githubApi, gitee: giteeApi, gitlab: gitlabApi };

/** Per-host API base URL and token, as the CLI's environment or the plugin's settings give them. */
export interface HostAccess {
	base: Partial<Record<RepoHost, string>>;
	token: Partial<Record<RepoHost, string>>;
}
