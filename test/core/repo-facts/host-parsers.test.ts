import { HOST_APIS } from "../../../src/core/repo-facts/hosts/host-apis";
import { repoAddress } from "../../../src/core/repo-facts/repo-address";
import { checkRedirect, isPrivateHost } from "../../../src/core/repo-facts/redirect-policy";
import { fixture } from "../../support/facts-server";

describe("repository addresses", () => {
	it.each([
		["https://github.com/volcengine/verl", "github", "volcengine/verl", "https://github.com/volcengine/verl"],
		["https://github.com/OpenRLHF/OpenRLHF.git", "github", "OpenRLHF/OpenRLHF", "https://github.com/openrlhf/openrlhf"],
		["https://www.github.com/hiyouga/LLaMA-Factory/tree/main/src", "github", "hiyouga/LLaMA-Factory", "https://github.com/hiyouga/llama-factory"],
		["https://gitee.com/mindspore/mindformers/", "gitee", "mindspore/mindformers", "https://gitee.com/mindspore/mindformers"],
		["https://gitlab.com/example-group/ml/llm-serving/-/tree/main", "gitlab", "example-group/ml/llm-serving", "https://gitlab.com/example-group/ml/llm-serving"],
	])("%s", (url, host, path, key) => {
		expect(repoAddress(url)).toEqual({ host, path, key });
	});

	it.each(["https://huggingface.co/Qwen/Qwen2", "https://github.com/volcengine", "ftp://github.com/a/b", "https://github.com/a/%2e%2e", "not a url", "https://github.com/a b/c"])("%s names no repository we ask about", (url) => {
		expect(repoAddress(url)).toBeNull();
	});
});

describe("host parsers read the recorded answers", () => {
	it("GitHub", () => {
		expect(HOST_APIS.github.parse(JSON.parse(fixture("github-repo.json")))).toEqual({
			currentPath: "volcengine/verl",
			facts: { stars: 12345, forks: 1489, openIssues: 873, pushedAt: "2025-07-02T08:55:03.000Z", archived: false, license: "Apache-2.0", language: "Python", description: "verl: Volcano Engine Reinforcement Learning for LLMs", topics: ["llm", "reinforcement-learning", "rlhf"] },
		});
		// NOASSERTION (a license GitHub could not classify) is no license id.
		expect(HOST_APIS.github.parse(JSON.parse(fixture("github-archived.json")))?.facts).toMatchObject({ archived: true, license: null });
	});

	it("Gitee: plain license string, project_labels as topics, +08:00 times", () => {
		expect(HOST_APIS.gitee.parse(JSON.parse(fixture("gitee-repo.json")))?.facts).toMatchObject({ stars: 1203, license: "Apache-2.0", topics: ["大模型", "MindSpore"], pushedAt: "2025-06-30T13:17:45.000Z", archived: false });
	});

	it("GitLab: star_count, last_activity_at, license key", () => {
		expect(HOST_APIS.gitlab.parse(JSON.parse(fixture("gitlab-project.json")))).toMatchObject({ currentPath: "example-group/ml/llm-serving", facts: { stars: 408, license: "mit", language: null, topics: ["llm", "serving"] } });
	});

	it.each([null, [], "repo", { full_name: "a/b" }, { full_name: "a/b", stargazers_count: -1 }, { full_name: "a/b", stargazers_count: "12" }, JSON.parse(fixture("github-not-found.json"))])("%p is not a repository", (body) => {
		expect(HOST_APIS.github.parse(body)).toBeNull();
	});

	it("caps text and drops what is not text", () => {
		const parsed = HOST_APIS.github.parse({ full_name: "a/b", stargazers_count: 1, description: "x".repeat(5000), topics: ["ok", 3, null, { a: 1 }], language: 42 });
		expect(parsed?.facts.description).toHaveLength(500);
		expect(parsed?.facts.topics).toEqual(["ok"]);
		expect(parsed?.facts.language).toBeNull();
	});

	it("builds each host's request URL and puts the token only in a header", () => {
		const verl = repoAddress("https://github.com/volcengine/verl")!;
		expect(HOST_APIS.github.requestUrl(verl, "https://api.github.com/")).toBe("https://api.github.com/repos/volcengine/verl");
		expect(HOST_APIS.github.headers("t0k")).toMatchObject({ authorization: "Bearer t0k", "x-github-api-version": "2022-11-28" });
		expect(HOST_APIS.gitlab.requestUrl(repoAddress("https://gitlab.com/g/sub/p")!, HOST_APIS.gitlab.defaultBase)).toBe("https://gitlab.com/api/v4/projects/g%2Fsub%2Fp?license=true");
		expect(HOST_APIS.gitee.requestUrl(repoAddress("https://gitee.com/o/r")!, HOST_APIS.gitee.defaultBase)).toBe("https://gitee.com/api/v5/repos/o/r");
	});
});

describe("redirect policy", () => {
	it.each([
		["https://api.github.com/repos/a/b", "https://api.github.com/repositories/1", true],
		["https://api.github.com/repos/a/b", "/repositories/1", true],
		["http://127.0.0.1:8080/github/repos/a/b", "http://127.0.0.1:8080/github/repositories/1", true],
		["https://api.github.com/repos/a/b", "https://mirror.example.org/repos/a/b", true],
		["https://api.github.com/repos/a/b", "file:///etc/passwd", false],
		["https://api.github.com/repos/a/b", "javascript:alert(1)", false],
		["https://api.github.com/repos/a/b", "http://api.github.com/repos/a/b", false],
		["https://api.github.com/repos/a/b", "https://127.0.0.1/x", false],
		["https://api.github.com/repos/a/b", "https://[::1]/x", false],
		["https://api.github.com/repos/a/b", "https://169.254.169.254/latest/meta-data", false],
		["https://api.github.com/repos/a/b", "https://localhost:3000/", false],
		["https://api.github.com/repos/a/b", "https://10.0.0.8/", false],
	])("%s → %s: %p", (from, to, ok) => {
		expect(checkRedirect(from, to).ok).toBe(ok);
	});

	it("knows the private ranges", () => {
		expect(["192.168.0.1", "172.16.5.4", "172.31.255.255", "100.64.0.1", "0.0.0.0", "fd00::1", "fe80::1", "::ffff:127.0.0.1"].every(isPrivateHost)).toBe(true);
		expect(["172.32.0.1", "8.8.8.8", "140.82.112.6", "api.github.com", "2001:db8::1"].some(isPrivateHost)).toBe(false);
	});
});
