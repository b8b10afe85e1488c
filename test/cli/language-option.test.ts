import { join } from "node:path";
import { cli, type CliRun } from "../support/run-cli-capture";
import { englishLeftovers } from "../support/locale-tables";

const VAULT = join(__dirname, "../fixtures/i18n/vault");
function run(...argv: string[]): Promise<CliRun> {
	return cli(argv, process.cwd(), new Date(2025, 6, 2));
}

/** Names, paths, URLs and field names from the fixture notes: content, not UI. */
const NOTE_TEXT = ["veRL", "EasyR1", "Quantum", "Nowhere", "quantum", "js"];

describe("atlas index --lang zh", () => {
	it("is Chinese except for note content, on a vault with every kind of problem and warning", async () => {
		const zh = await run("index", VAULT, "--lang", "zh");
		expect(zh.code).toBe(0);
		expect(zh.out).toContain("6 个阶段共 4 个条目");
		expect(zh.out).toContain("强化学习（2）");
		expect(zh.out).toContain("EasyR1  （基于 veRL）");
		expect(zh.out).toContain("★ 火山引擎强化学习");
		expect(zh.out).toContain("Frameworks/Quantum.md: starred 应为 true 或 false；已忽略");
		expect(zh.out).toContain("Frameworks/BadTags.md: tags 应为标签列表；已忽略");
		expect(englishLeftovers(zh.out, ["cli", "diagnostics"], NOTE_TEXT)).toEqual([]);
	});

	it("the same check finds the English UI text in the English output (it can fail)", async () => {
		const en = await run("index", VAULT);
		const leftovers = englishLeftovers(en.out, ["cli", "diagnostics"], NOTE_TEXT);
		expect(leftovers.length).toBeGreaterThan(10);
		expect(en.out).toContain("★ veRL");
		expect(en.out).toContain("EasyR1  (based on veRL)");
	});

	it("puts stage labels and diagnostics in Chinese in --json too", async () => {
		const json = JSON.parse((await run("index", VAULT, "--json", "--lang=zh")).out) as { stages: { label: string }[]; warnings: { message: string }[] };
		expect(json.stages.map((s) => s.label)).toEqual(["学习素材", "预训练", "微调", "强化学习", "部署", "未分类"]);
		expect(englishLeftovers(json.warnings.map((w) => w.message).join("\n"), ["diagnostics"], NOTE_TEXT)).toEqual([]);
	});
});

describe("--lang works with every command and anywhere on the line", () => {
	it("before the command name", async () => {
		const result = await run("--lang", "zh", "index", VAULT);
		expect(result.code).toBe(0);
		expect(result.out).toContain("个条目");
	});

	it("with help and with no command at all", async () => {
		const help = await run("help", "--lang", "zh");
		expect(help.out).toContain("命令：");
		expect(help.out).toContain("每个命令都接受 --lang zh|en");
		const bare = await run("--lang", "zh");
		expect(bare.code).toBe(2);
		expect(bare.err).toBe("用法：atlas <index|query|new|add-source|import|export|install|fix-tags> [选项]；运行 atlas help 查看详情\n");
	});

	it("in usage errors", async () => {
		const unknownOption = await run("index", "--bogus", "--lang", "zh");
		expect(unknownOption.code).toBe(2);
		expect(unknownOption.err).toBe("未知选项“--bogus”。用法：atlas index [VAULT] [--json] [--strict] [--lang zh|en] [--tag TAG] [--stages FILE]\n");
		const unknownCommand = await run("frobnicate", "--lang=zh");
		expect(unknownCommand.err).toBe("未知命令“frobnicate”。用法：atlas <index|query|new|add-source|import|export|install|fix-tags> [选项]；运行 atlas help 查看详情\n");
	});

	it("refuses a language it does not have, in English", async () => {
		const result = await run("index", "--lang", "fr");
		expect(result.code).toBe(2);
		expect(result.err).toBe('Language must be "zh" or "en", not "fr"\n');
	});

	it("leaves `--lang` after `--` to the command as a positional argument", async () => {
		const result = await run("index", "--lang", "zh", "--", "--lang");
		expect(result.code).toBe(2);
		expect(result.err).toContain("找不到库文件夹");
		expect(result.err).toContain("--lang");
	});
});
