/**
 * src/cli reaches files, paths, the network and child processes only through the Machine port: the same
 * commands on a machine whose disk is a map in memory give the same answers as on the real disk, and
 * their writes land in that map (the real sample vault is never touched).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readVaultNotes } from "../../node/vault-files";
import { cli, SAMPLE_VAULT } from "../support/run-cli-capture";
import { MemoryMachine } from "../support/memory-machine";

const VAULT = "/vault";

function memoryVault(): MemoryMachine {
	const machine = new MemoryMachine(Object.fromEntries(readVaultNotes(SAMPLE_VAULT).map(([path, text]) => [`${VAULT}/${path}`, text])));
	machine.put(`${VAULT}/.obsidian/app.json`, "{}");
	machine.put(`${VAULT}/.obsidian/plugins/framework-atlas/data.json`, JSON.stringify({ entryTag: "framework" }));
	return machine;
}

const onMemory = (machine: MemoryMachine, argv: string[]) => cli(argv, VAULT, undefined, { machine, sampleVault: VAULT });

describe("the CLI on another machine", () => {
	it("indexes and queries a vault held in memory exactly as the same notes on disk", async () => {
		const machine = memoryVault();
		for (const argv of [["index", "--json"], ["index", "--lang", "zh"], ["query", "#rl"], ["export", "--format", "md"]]) {
			const [memory, disk] = [await onMemory(machine, argv), await cli(argv)];
			expect(memory).toEqual(disk);
			expect(memory.code).toBe(0);
			expect(memory.out.length).toBeGreaterThan(100);
		}
		expect(machine.writes).toEqual([]);
	});

	it("writes only into the machine: a move edits the note in memory, and the sample vault stays as it was", async () => {
		const machine = memoryVault();
		const note = `${VAULT}/Frameworks/veRL.md`;
		const before = machine.text(note)!;
		const onDisk = readFileSync(join(SAMPLE_VAULT, "Frameworks", "veRL.md"), "utf8");
		expect(before).toBe(onDisk);
		const moved = await onMemory(machine, ["move", note, "--stage", "deploy"]);
		expect(moved).toMatchObject({ code: 0, err: "" });
		expect(machine.writes).toEqual([note]);
		expect(machine.text(note)).toBe(before.replace(/^stage: rl$/m, "stage: deploy"));
		expect(readFileSync(join(SAMPLE_VAULT, "Frameworks", "veRL.md"), "utf8")).toBe(onDisk);
	});

	it("creates a new note there, refusing to replace one that exists", async () => {
		const machine = memoryVault();
		const argv = ["new", VAULT, "--name", "Machine Test", "--stage", "rl", "--repo", "https://github.com/example/machine-test"];
		const made = await onMemory(machine, argv);
		expect(made.code).toBe(0);
		const path = made.out.trim();
		expect(path.startsWith(`${VAULT}/`)).toBe(true);
		expect(machine.text(path)).toContain("name: Machine Test");
		const again = await onMemory(machine, argv);
		expect(again.code).toBe(1);
		expect(machine.writes).toEqual([path]);
	});
});
