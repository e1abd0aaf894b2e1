/**
 * npm run package, then the .deb unpacked into a scratch root (dpkg -x) and
 * used with no node on PATH: ampm --version, ampm-agent --check on the
 * example config, and the installed agent (enforce mode, the shipped
 * plugins) answering the installed CLI's signed ping through a real broker.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { parse, stringify } from "yaml";
import { SigningKey } from "../../proto/wire/index.js";
import { startBroker } from "../helpers/broker.js";
import { ROOT } from "../helpers/paths.js";

const missing = spawnSync("dpkg-deb", ["--version"]).error ? "dpkg-deb is not installed (not a Debian system)" : false;
const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), "ampm-package-"));
const out = join(work, "out");
const root = join(work, "root");
t.teardown(() => rmSync(work, { recursive: true, force: true }));

/** A PATH with the installed binaries and the few system commands the plugins need, and no node. */
function strippedPath(): string {
  const tools = join(work, "tools");
  mkdirSync(tools, { recursive: true });
  for (const cmd of ["env", "python3"]) if (!existsSync(join(tools, cmd))) symlinkSync(join("/usr/bin", cmd), join(tools, cmd));
  return `${join(root, "usr", "bin")}:${tools}`;
}

function installed(cmd: string, args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(join(root, "usr", "bin", cmd), args, { encoding: "utf8", env: { PATH: strippedPath(), HOME: work, ...env }, timeout: 60_000 });
}

const mb = (file: string) => `${(statSync(file).size / 1048576).toFixed(1)} MB`;

t.test("npm run package builds the bundles, the single executable and the .deb", { skip: missing }, async (t) => {
  const started = Date.now();
  const build = spawnSync(process.execPath, [join(ROOT, "packaging", "build.mjs"), "--out", out], { encoding: "utf8", timeout: 600_000 });
  t.equal(build.status, 0, build.stderr);
  const deb = join(out, `ampm_${version}_amd64.deb`);
  t.ok(existsSync(deb), "ampm_<version>_amd64.deb");
  t.comment(`built in ${((Date.now() - started) / 1000).toFixed(0)} s: ${build.stdout.trim()}`);
  t.comment(`sizes: bundle/ampm.cjs ${mb(join(out, "bundle", "ampm.cjs"))}, bundle/ampm-agent.cjs ${mb(join(out, "bundle", "ampm-agent.cjs"))}, sea/ampm ${mb(join(out, "sea", "ampm"))}, .deb ${mb(deb)}`);

  const info = spawnSync("dpkg-deb", ["--field", deb, "Package", "Version", "Architecture", "Depends"], { encoding: "utf8" }).stdout;
  t.match(info, new RegExp(`^Version: ${version.replaceAll(".", "\\.")}$`, "m"));
  t.notMatch(info, /nodejs/, "no Node.js dependency");
  const list = spawnSync("dpkg-deb", ["--contents", deb], { encoding: "utf8" }).stdout;
  for (const path of ["./usr/bin/ampm", "./usr/bin/ampm-agent -> ampm", "./usr/lib/ampm/plugins/storage/qcow2/qcow2.json", "./etc/ampm/agent.yaml", "./lib/systemd/system/ampm-agent.service", "./etc/logrotate.d/ampm-agent"]) {
    t.ok(list.includes(path), `the .deb has ${path}`);
  }
  t.notMatch(list, /\.pyc|__pycache__|node_modules/, "no compiled Python, no node_modules");
  t.equal(spawnSync("dpkg-deb", ["--info", deb, "conffiles"], { encoding: "utf8" }).stdout, "/etc/ampm/agent.yaml\n/etc/logrotate.d/ampm-agent\n", "the config is a conffile");
  t.match(spawnSync("dpkg-deb", ["--info", deb, "postinst"], { encoding: "utf8" }).stdout, /install -d -m 0750 \/var\/lib\/ampm \/var\/log\/ampm/, "postinst makes the state and log directories");

  const x = spawnSync("dpkg", ["-x", deb, root], { encoding: "utf8" });
  t.equal(x.status, 0, x.stderr);

  const bundled = spawnSync(process.execPath, [join(out, "bundle", "ampm.cjs"), "--version"], { encoding: "utf8" });
  t.equal(bundled.stdout.trim(), version, "the bundled CLI runs with node");
  const text = readFileSync(join(out, "bundle", "ampm.cjs"), "utf8");
  for (const file of ["index.html", "app.js", "style.css"]) {
    t.ok(text.includes(readFileSync(join(ROOT, "client", "web", file)).toString("base64")), `the bundle carries ampm serve's ${file}`);
  }
});

t.test("the installed programs run with no node on PATH", { skip: missing }, async (t) => {
  const which = spawnSync("/bin/sh", ["-c", "command -v node"], { encoding: "utf8", env: { PATH: strippedPath() } });
  t.not(which.status, 0, `node is not on this PATH (${which.stdout.trim()})`);
  const v = installed("ampm", ["--version"]);
  t.equal(v.stdout.trim(), version, `ampm --version: ${v.stderr}`);
  t.equal(installed("ampm-agent", ["--version"]).stdout.trim(), version, "ampm-agent --version");
  t.match(installed("ampm-agent", ["--help"]).stdout, /^Usage: ampm-agent/m, "started as ampm-agent, it is the agent");
  t.match(installed("ampm", ["--help"]).stdout, /^Usage: ampm /m, "started as ampm, the CLI");

  // Start-up time, for the record (not asserted: the machine is shared); the two alternate, so load hits both alike.
  const ms = { sea: 0, node: 0 };
  const once = (cmd: string, args: string[]) => {
    const start = process.hrtime.bigint();
    spawnSync(cmd, args, { env: { PATH: strippedPath() } });
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (let i = 0; i < 10; i++) {
    ms.sea += once(join(root, "usr", "bin", "ampm"), ["--version"]) / 10;
    ms.node += once(process.execPath, ["-e", "0"]) / 10;
  }
  t.comment(`start-up, mean of 10 alternating runs: ampm --version ${ms.sea.toFixed(0)} ms; node -e 0 ${ms.node.toFixed(0)} ms`);
});

t.test("ampm-agent --check: the example config names what is left to set up; filled in, it passes", { skip: missing }, async (t) => {
  const example = join(root, "etc", "ampm", "agent.yaml");
  const raw = installed("ampm-agent", ["--check", "-c", example]);
  t.equal(raw.status, 1, "the example as shipped is not ready");
  t.match(raw.stderr, /\/etc\/ampm\/host\.nk/, "names the missing host key");
  t.match(raw.stderr, /\/etc\/ampm\/trusted\.yaml/, "and the missing trusted callers file");
  t.notMatch(raw.stderr, /shipped plugins are not at/, "the shipped plugins are found beside the executable");

  const etc = join(work, "etc");
  mkdirSync(etc, { recursive: true });
  SigningKey.generate().writeFile(join(etc, "host.nk"), "test host");
  const alice = SigningKey.generate();
  alice.writeFile(join(etc, "alice.nk"), "alice");
  writeFileSync(join(etc, "trusted.yaml"), stringify({ callers: [{ name: "alice", key: alice.publicKey, roles: ["operator"] }] }));
  const doc = parse(readFileSync(example, "utf8")) as Record<string, unknown> & { security: Record<string, unknown> };
  delete doc.tls;
  const filled = {
    ...doc,
    identity: "installed1.example.com",
    servers: ["nats://127.0.0.1:1"],
    state_dir: join(work, "state"),
    security: { ...doc.security, key: join(etc, "host.nk"), trusted_file: join(etc, "trusted.yaml"), audit_file: join(work, "log", "audit.jsonl") },
    metrics: { listen: "127.0.0.1:0" },
  };
  writeFileSync(join(etc, "agent.yaml"), stringify(filled));
  const ok = installed("ampm-agent", ["--check", "-c", join(etc, "agent.yaml")]);
  t.equal(ok.status, 0, ok.stderr);
  t.match(JSON.parse(ok.stdout), { identity: "installed1.example.com", security: { mode: "enforce" } });
});

t.test("the installed agent answers the installed CLI's signed ping through a real broker", { skip: missing }, async (t) => {
  const broker = await startBroker();
  t.teardown(() => broker.stop());
  const etc = join(work, "etc");
  const config = parse(readFileSync(join(etc, "agent.yaml"), "utf8")) as Record<string, unknown>;
  writeFileSync(join(etc, "agent.yaml"), stringify({ ...config, servers: [broker.url] }));
  const child = spawn(join(root, "usr", "bin", "ampm-agent"), ["--config", join(etc, "agent.yaml")], { env: { PATH: strippedPath(), HOME: work }, stdio: ["ignore", "pipe", "pipe"] });
  t.teardown(() => void child.kill("SIGKILL"));
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const deadline = Date.now() + 30_000;
  while (!log.includes('"msg":"agent ready"') && child.exitCode === null && Date.now() < deadline) await sleep(50);
  t.match(log, /"msg":"agent ready"/, `the installed agent starts:\n${log}`);

  const env = { AMPM_SERVER: broker.url, AMPM_KEY: join(etc, "alice.nk"), NO_COLOR: "1" };
  const ping = installed("ampm", ["ping"], env);
  t.equal(ping.status, 0, ping.stderr);
  t.match(ping.stdout, /installed1\.example\.com/);
  const plugins = installed("ampm", ["plugins", "installed1.example.com", "--json"], env);
  t.equal(plugins.status, 0, plugins.stderr);
  const names = (JSON.parse(plugins.stdout) as { hosts: { plugins: { name: string }[] }[] }).hosts[0].plugins.map((p) => p.name);
  t.ok(names.includes("dir") && names.includes("pxe"), `the shipped plugins from /usr/lib/ampm/plugins are loaded (${names.join(", ")})`);
  t.ok(existsSync(join(work, "log", "audit.jsonl")), "the audit file is written");

  await sleep(2000);
  const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
  if (rss) t.comment(`installed agent idle RSS: ${(Number(rss[1]) / 1024).toFixed(1)} MB`);
  child.kill("SIGTERM");
  const code = await new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", resolve)));
  t.equal(code, 0, "drains and exits 0 on SIGTERM");
});

t.test("a copy of the single executable anywhere still finds its plugins only in the .deb layout", { skip: missing }, async (t) => {
  const lone = join(work, "lone");
  mkdirSync(lone);
  copyFileSync(join(root, "usr", "bin", "ampm"), join(lone, "ampm-agent"));
  spawnSync("chmod", ["755", join(lone, "ampm-agent")]);
  const r = spawnSync(join(lone, "ampm-agent"), ["--check", "-i", "x.example.com", "--state-dir", join(work, "lone-state")], { encoding: "utf8", env: { PATH: "/usr/bin:/bin" } });
  t.equal(r.status, 1);
  t.match(r.stderr, /the shipped plugins are not at .*lib\/ampm\/plugins\/storage \(set shipped_plugins: false/, "and says where it looked");
});
