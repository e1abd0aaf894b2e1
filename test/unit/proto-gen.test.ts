import { execFileSync } from "node:child_process";
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
