/**
 * scripts/packages.txt is the one list of Debian packages (setup.sh and
 * .ci/run install from it). Every command that the tests, the agent, the
 * plugins or the packaging spawn by name must come from a package of that
 * list, or from an Essential package that every Debian system has.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import t from "tap";
import { ROOT } from "../helpers/paths.js";

interface Entry {
  pkg: string;
  words: string[];
}

function readList(): Entry[] {
  return readFileSync(join(ROOT, "scripts", "packages.txt"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [pkg, ...words] = line.split(/\s+/);
      return { pkg, words };
    });
}

/** Commands started by name: spawn and execFile with a literal first argument; in Python run or Popen of a list literal, argv = [...], lvm(req, NAME. */
const PATTERNS: Record<string, RegExp[]> = {
  ts: [/\b(?:spawn|spawnSync|execFile|execFileSync)\(\s*["'`]([A-Za-z0-9_.+-]+)["'`]/g],
  py: [/\b(?:run|Popen|check_output|call)\(\s*\[\s*"([A-Za-z0-9_.+-]+)"/g, /\b(?:argv|args|cmd)\s*=\s*\[\s*"([A-Za-z0-9_.+-]+)"/g, /\blvm\(req,\s*"([A-Za-z0-9_.+-]+)"/g],
};

const SCANNED = ["test", "agents", "client/src", "proto/wire", "scripts", "packaging", "bench", "examples/plugins"];

function kindOf(file: string): keyof typeof PATTERNS | undefined {
  if (/\.(ts|mjs)$/.test(file)) return "ts";
  if (/\.py$/.test(file)) return "py";
  const head = readFileSync(file, "utf8").slice(0, 64);
  if (head.startsWith("#!/usr/bin/env python3")) return "py";
  return undefined;
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "__pycache__" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Command name → where it is spawned (file:line). */
function spawnedCommands(): Map<string, string> {
  const found = new Map<string, string>();
  for (const top of SCANNED) {
    for (const file of files(join(ROOT, top))) {
      const kind = kindOf(file);
      if (!kind) continue;
      const text = readFileSync(file, "utf8");
      for (const re of PATTERNS[kind]) {
        for (const m of text.matchAll(re)) {
          const line = text.slice(0, m.index).split("\n").length;
          if (!found.has(m[1])) found.set(m[1], `${relative(ROOT, file)}:${line}`);
        }
      }
    }
  }
  return found;
}

const SYSTEM_DIRS = ["/usr/sbin", "/usr/bin", "/sbin", "/bin"];

/**
 * The Debian package that owns a command in the system directories (not a
 * pyenv shim or /usr/local), or undefined. With usrmerge, /usr/sbin/x may be
 * registered as /sbin/x.
 */
function ownerOf(command: string): string | undefined {
  for (const dir of SYSTEM_DIRS) {
    const path = join(dir, command);
    if (!existsSync(path)) continue;
    for (const candidate of new Set([path, path.replace(/^\/usr/, ""), `/usr${path.replace(/^\/usr/, "")}`])) {
      const r = spawnSync("dpkg-query", ["-S", candidate], { encoding: "utf8" });
      const line = r.stdout.split("\n").find((l) => l.includes(": /") && !l.startsWith("diversion by"));
      if (r.status === 0 && line) return line.split(":")[0].split(",")[0].trim();
    }
  }
  return undefined;
}

/** The packages `pkg` depends on directly (python3 brings /usr/bin/python3 through python3-minimal). */
function dependsOn(pkg: string): string[] {
  const text = spawnSync("dpkg-query", ["-W", "-f=${Depends},${Pre-Depends}", pkg], { encoding: "utf8" }).stdout;
  return text.split(/[,|]/).map((d) => d.trim().split(/[\s:(]/)[0]).filter(Boolean);
}

function essential(pkg: string): boolean {
  return spawnSync("dpkg-query", ["-W", "-f=${Essential}", pkg], { encoding: "utf8" }).stdout.trim() === "yes";
}

const noDpkg = spawnSync("dpkg-query", ["--version"]).error ? "dpkg-query is not here (not a Debian system)" : false;

t.test("the list parses: a package and at least one command or module a line", async (t) => {
  const list = readList();
  t.ok(list.length >= 8);
  for (const { pkg, words } of list) {
    t.match(pkg, /^[a-z0-9][a-z0-9+.-]+$/, `${pkg} is a Debian package name`);
    t.ok(words.length > 0, `${pkg} names what it provides`);
  }
  t.ok(list.some((e) => e.pkg === "libxml2-utils" && e.words.includes("xmllint")), "xmllint (virt-xml-validate needs it) is on the list");
});

t.test("each command of the list is installed here and comes from the package the list names", { skip: noDpkg }, async (t) => {
  for (const { pkg, words } of readList()) {
    for (const word of words) {
      if (word.startsWith("python3:")) {
        const r = spawnSync("/usr/bin/python3", ["-c", `import ${word.slice(8)}`]);
        t.equal(r.status, 0, `${word} imports (run scripts/setup.sh)`);
        continue;
      }
      const owner = ownerOf(word);
      t.ok(owner !== undefined && (owner === pkg || dependsOn(pkg).includes(owner)), `${word} is provided by ${pkg} or what it depends on (owner here: ${owner ?? "none"})`);
    }
  }
});

t.test("every command spawned by name comes from the list or an Essential package", { skip: noDpkg }, async (t) => {
  const provided = new Set(readList().flatMap((e) => e.words));
  // Node.js itself (node, npm) is the one thing setup.sh checks rather than installs.
  const nodePackage = ownerOf("node");
  const spawned = spawnedCommands();
  t.ok(spawned.has("nats-server") && spawned.has("virt-xml-validate") && spawned.has("lvcreate"), "the scan finds the commands the tests spawn");
  for (const [command, where] of spawned) {
    if (provided.has(command)) continue;
    const owner = ownerOf(command);
    const ok = owner !== undefined && (essential(owner) || owner === nodePackage);
    t.ok(ok, `${command} (spawned at ${where}) is provided by scripts/packages.txt, an Essential package or Node.js (owner here: ${owner ?? "none"})`);
  }
});

t.test("scripts/packages.sh prints nothing missing after setup, and a missing command names its package", async (t) => {
  const r = spawnSync("bash", [join(ROOT, "scripts", "packages.sh"), "--missing"], { encoding: "utf8" });
  t.equal(r.status, 0, r.stderr);
  t.equal(r.stdout, "", "every package of the list is installed");
  const all = spawnSync("bash", [join(ROOT, "scripts", "packages.sh"), "--all"], { encoding: "utf8" }).stdout.trim().split("\n");
  t.same(all, readList().map((e) => e.pkg));
  const bare = spawnSync("/bin/bash", [join(ROOT, "scripts", "packages.sh"), "--missing"], { encoding: "utf8", env: { PATH: "/nonexistent" } });
  t.match(bare.stdout, /^nats-server$/m, "with nothing on PATH, nats-server is reported missing");
});
