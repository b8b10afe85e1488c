import { performance } from "node:perf_hooks";
import { tmpdir } from "node:os";
import { runCli } from "../src/cli/run-cli";
async function main() {
  const files = process.argv.slice(2);
  const all = new Map<string, number[]>();
  for (let r = 0; r < 5; r++) for (const f of files) {
    const t = performance.now();
    await runCli(["import", f, "--out", "/tmp/p20b/none", "--dry-run", "--lang", "en"], { out: () => undefined, err: () => undefined, cwd: tmpdir(), sampleVault: tmpdir(), now: () => new Date() });
    all.set(f, [...(all.get(f) ?? []), Math.round(performance.now() - t)]);
  }
  for (const [f, ms] of all) console.log(f, ms.join(" "));
}
void main();
