import type { QueryErrorCode } from "../../src/core/query/query-types";
import { queryEn } from "../../src/i18n/locales/en/query";
import { queryZh } from "../../src/i18n/locales/zh/query";
import { translator } from "../../src/i18n/translator";

const CODES: Record<QueryErrorCode, true> = {
	"unknown-keyword": true, "bad-value": true, "bad-stage": true, "bad-limit": true, "bad-date": true, "empty-value": true,
	"empty-tag": true, "unclosed-quote": true, "unclosed-paren": true, "unmatched-paren": true, "empty-group": true,
	"dangling-operator": true, "empty-negation": true, "negated-directive": true, "directive-in-group": true,
	"too-deep": true,
};

describe("query locale tables", () => {
	it.each(Object.keys(CODES))("%s has a message and a hint in both languages", (code) => {
		for (const table of [queryEn, queryZh]) {
			expect((table.errors as Record<string, string>)[code]).toEqual(expect.any(String));
			expect((table.hints as Record<string, string>)[code]).toEqual(expect.any(String));
		}
	});

	it("is wired under the query namespace", () => {
		expect(translator("en").t("query.results.errorTitle")).toBe("Query error");
		expect(translator("zh").t("query.results.errorTitle")).toBe("查询错误");
		expect(translator("zh").t("query.results.count", { count: 1 })).toBe("1 个条目");
		expect(translator("en").t("query.results.count", { count: 1 })).toBe("1 entry");
	});
});
