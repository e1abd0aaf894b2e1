import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { ROOT } from "../helpers/paths.js";

t.test("proto/gen is what the .proto files generate (run `npm run proto` if not)", async (t) => {
  const out = mkdtempSync(join(tmpdir(), "ampm-gen-"));
  t.teardown(() => rmSync(out, { recursive: true, force: true }));
  execFileSync(process.execPath, [join(ROOT, "proto", "generate.mjs"), out], { cwd: ROOT, stdio: "pipe" });
  for (const file of ["ampm.js", "ampm.d.ts"]) {
    const fresh = readFileSync(join(out, file), "utf8");
    const committed = readFileSync(join(ROOT, "proto", "gen", file), "utf8");
    const a = fresh.split("\n");
    const b = committed.split("\n");
    const first = a.findIndex((line, i) => line !== b[i]);
    const at = first < 0 && a.length !== b.length ? a.length : first;
    const where = at < 0 ? "" : ` (first difference at line ${at + 1} of ${a.length} generated, ${b.length} committed: ${JSON.stringify(a[at]?.slice(0, 120))})`;
    t.ok(fresh === committed, `proto/gen/${file} is up to date${where}`);
  }
});

t.test("the generator's jsdoc child writes its whole output to a slow reader (stdout-blocking.cjs), where without it the write fails with EAGAIN", async (t) => {
  // What jsdoc does: touch process.stdout (Node makes the pipe non-blocking), then fs.writeFile(1, ...) of a large .d.ts.
  const script = `process.stdout; require("fs").writeFile(1, "x".repeat(400000), (e) => { if (e) process.stderr.write(e.code); });`;
  const run = (preload: string[]) =>
    new Promise<{ got: number; err: string }>((resolve) => {
      const child = spawn(process.execPath, [...preload, "-e", script], { stdio: "pipe", env: { ...process.env, NODE_OPTIONS: "" } });
      let got = 0;
      let err = "";
      child.stderr.on("data", (d: Buffer) => (err += d.toString()));
      // A reader busy elsewhere: it reads once the writer has given up and exited, or (a writer
      // blocked waiting for it) after a while.
      child.stdout.pause();
      const read = () => {
        clearTimeout(timer);
        child.stdout.on("data", (d: Buffer) => (got += d.length));
        child.stdout.resume();
      };
      const timer = setTimeout(read, 3000);
      child.once("exit", read);
      child.on("close", () => resolve({ got, err }));
    });
  const without = await run([]);
  t.ok(without.got < 400000 && /EAGAIN/.test(without.err), `without the preload the output is cut short (${without.got} bytes, ${without.err})`);
  const withIt = await run(["--require", join(ROOT, "proto", "stdout-blocking.cjs")]);
  t.same(withIt, { got: 400000, err: "" }, "with it, every byte arrives");
});
