/**
 * What the repository holds: no build output of other languages, and no
 * dependency that nothing uses.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import t from "tap";
import { ROOT } from "../helpers/paths.js";

const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);

/** Dependencies kept for work that is coming, with the reason. */
const KEPT: Record<string, string> = { "@nats-io/kv": "the registry (JetStream KV) discovery" };

t.test("no compiled Python is committed", async (t) => {
  t.same(tracked.filter((f) => f.includes("__pycache__") || f.endsWith(".pyc")), []);
});

t.test("every dependency is imported somewhere", async (t) => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  const sources = tracked.filter((f) => /\.(ts|mjs|js)$/.test(f) && !f.startsWith("proto/gen/")).map((f) => readFileSync(join(ROOT, f), "utf8"));
  for (const dep of Object.keys(pkg.dependencies)) {
    if (KEPT[dep]) continue;
    const used = sources.some((text) => text.includes(`"${dep}"`) || text.includes(`"${dep}/`));
    t.ok(used, `${dep} is imported`);
  }
});
