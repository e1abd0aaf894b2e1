/**
 * `npm pack` yields a working package: installed from the tarball into a
 * new project, the library imports and the programs run (the build is what
 * the prepack script made: dist/, here from scripts/setup.sh).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { ROOT } from "../helpers/paths.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; scripts: Record<string, string> };
const work = mkdtempSync(join(tmpdir(), "ampm-npm-pack-"));
t.teardown(() => rmSync(work, { recursive: true, force: true }));

const npm = (args: string[], cwd: string) => spawnSync("npm", args, { cwd, encoding: "utf8", timeout: 300_000, env: { ...process.env, npm_config_loglevel: "error" } });

t.test("npm pack: dist, plugins, docs; no tests, benchmarks, compiled Python or source maps", async (t) => {
  t.equal(pkg.scripts.prepack, "node scripts/build.mjs", "prepack builds");
  // --ignore-scripts: dist/ is built already, and other tests run from it while this one packs.
  const r = npm(["pack", "--ignore-scripts", "--json", "--pack-destination", work], ROOT);
  t.equal(r.status, 0, r.stderr);
  const [info] = JSON.parse(r.stdout) as { filename: string; files: { path: string }[] }[];
  const paths = info.files.map((f) => f.path);
  for (const want of ["bin/ampm.js", "bin/ampm-agent.js", "dist/client/src/index.js", "dist/client/src/index.d.ts", "dist/agents/src/main.js", "dist/proto/gen/ampm.js", "agents/plugins/storage/qcow2/qcow2", "proto/ampm/v1/envelope.proto", "client/web/index.html", "client/web/app.js", "client/web/style.css"]) {
    t.ok(paths.includes(want), `has ${want}`);
  }
  t.same(paths.filter((p) => /^(test|bench|examples)\/|\.pyc$|__pycache__|\.map$|^dist\/(test|bench)\//.test(p)), [], "nothing of the tests, the benchmarks, compiled Python or source maps");
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "uses-ampm", version: "1.0.0", type: "module", private: true }));
  const install = npm(["install", "--prefer-offline", "--no-audit", "--no-fund", join(work, info.filename)], work);
  t.equal(install.status, 0, install.stderr);

  const lib = spawnSync(process.execPath, ["-e", 'import("ampm/client").then((m) => console.log(typeof m.connect, typeof m.exitCodeFor))'], { cwd: work, encoding: "utf8" });
  t.equal(lib.stdout.trim(), "function function", `import("ampm/client") works: ${lib.stderr}`);
  const bin = join(work, "node_modules", ".bin");
  t.equal(spawnSync(join(bin, "ampm"), ["--version"], { encoding: "utf8" }).stdout.trim(), pkg.version, "ampm --version");
  const check = spawnSync(join(bin, "ampm-agent"), ["--check", "-i", "x.example.com", "--state-dir", join(work, "state")], { encoding: "utf8" });
  t.equal(check.status, 1, "enforce mode without trusted callers is refused");
  t.match(check.stderr, /no trusted callers/);
  t.notMatch(check.stderr, /shipped plugins are not at/, "the shipped plugins are found in the installed package");
});
