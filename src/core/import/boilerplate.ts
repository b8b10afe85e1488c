import { foldForMatch } from "../text/fold";
import { cleanName } from "./clean-name";

/**
 * Sections of a README that are navigation or housekeeping, not a stage of the catalogue:
 * their lines go to the outline's intro note and they yield no stage and no entries.
 */
const BOILERPLATE = [
	"目录", "目錄", "contents", "table of contents", "table of content", "toc", "index",
	"star history", "stargazers", "star history chart", "star 历史",
	"license", "licence", "许可", "许可证", "开源协议", "协议",
	"contributing", "contribute", "contributors", "contribution", "contributions", "how to contribute", "贡献", "贡献指南", "参与贡献", "贡献者",
	"citation", "citations", "cite", "引用", "acknowledgement", "acknowledgements", "acknowledgment", "acknowledgments", "致谢", "sponsors", "赞助",
];
const KEYS = new Set(BOILERPLATE.map(foldForMatch));

export function isBoilerplateHeading(text: string): boolean {
	return KEYS.has(foldForMatch(cleanName(text).replace(/[^\p{L}\p{N}\s]/gu, "")));
}
