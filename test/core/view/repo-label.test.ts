import { repoLabel } from "../../../src/core/view/repo-label";

describe("repoLabel", () => {
	it.each([
		["https://github.com/volcengine/verl", "volcengine/verl"],
		["https://github.com/OpenRLHF/OpenRLHF.git/", "OpenRLHF/OpenRLHF"],
		["https://gitee.com/组织/强化学习框架", "组织/强化学习框架"],
		["https://gitee.com/%E7%BB%84%E7%BB%87/rl", "组织/rl"],
		["https://example.org/docs/%ZZ", "example.org/docs/%ZZ"],
		["https://huggingface.co/docs/trl", "huggingface.co/docs/trl"],
		["javascript:alert(1)", "javascript:alert(1)"],
	])("%s → %s", (url, label) => expect(repoLabel(url)).toBe(label));
});
