import { foldForMatch } from "../text/fold";

/**
 * Labels that introduce a field of the item above rather than a framework of their own:
 * `* 地址：https://github.com/…`, `- Code: [Official](…)`, `* 简介：…`, `[GitHub](…)`.
 */
const REPO_LABELS = ["地址", "项目地址", "开源地址", "仓库", "仓库地址", "代码", "代码地址", "源码", "开源项目", "github", "gitlab", "gitee", "repo", "repository", "code", "source", "sourcecode", "official"];
const SUMMARY_LABELS = ["简介", "介绍", "说明", "描述", "简述", "数据集说明", "项目简介", "summary", "description", "desc", "intro", "introduction", "about"];
/** Fields whose links are not the item's own repository (a dataset's or a paper's). */
const OTHER_FIELD_LABELS = [
	"主页", "项目主页", "官网", "网址", "链接", "论文", "论文地址", "论文标题", "文档", "教程", "博客", "数据集", "数据", "作者", "许可", "许可证", "协议",
	"homepage", "home", "website", "webpage", "site", "docs", "doc", "documentation", "paper", "papers", "arxiv", "blog", "link", "links", "url",
	"demo", "dataset", "datasets", "data", "task", "tasks", "env", "keyword", "keywords", "license", "stars", "huggingface", "hf", "modelscope", "model", "models", "author", "authors",
];
const FIELD_SUFFIXES = ["地址", "链接", "网址", "主页", "简介", "说明", "介绍", "教程", "文档"];

const ADDRESS_LABELS = ["地址", "链接", "网址", "主页", "官网", "homepage", "website", "url", "link"];
const REPO = new Set(REPO_LABELS.map(foldForMatch));
const ADDRESS = new Set([...REPO_LABELS, ...ADDRESS_LABELS].map(foldForMatch));
const SUMMARY = new Set(SUMMARY_LABELS.map(foldForMatch));
const OTHER = new Set(OTHER_FIELD_LABELS.map(foldForMatch));

export function isFieldLabel(label: string): boolean {
	const key = foldForMatch(label);
	return REPO.has(key) || SUMMARY.has(key) || OTHER.has(key) || FIELD_SUFFIXES.some((suffix) => key.endsWith(suffix) && key.length <= suffix.length + 4);
}

export function isRepoLabel(label: string): boolean {
	return REPO.has(foldForMatch(label));
}

export function isSummaryLabel(label: string): boolean {
	const key = foldForMatch(label);
	return SUMMARY.has(key) || (key.length <= 6 && (key.endsWith("简介") || key.endsWith("说明")));
}

/** A field whose URLs belong to something else than the item (dataset, paper, blog…). */
export function isOtherFieldLabel(label: string): boolean {
	const key = foldForMatch(label);
	return OTHER.has(key) && !REPO.has(key);
}

/** `地址`, `url`, `link`, `homepage`: a field that gives the item's address, repository or not. */
export function isAddressLabel(label: string): boolean {
	return ADDRESS.has(foldForMatch(label));
}
