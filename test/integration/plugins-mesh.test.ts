/**
 * External agents through the mesh: real agent processes with the fixture
 * plugins and the example Python agent on their plugin path, called with
 * `ampm rpc` and the library.
 */
import { chmodSync, cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import t from "tap";
import { connect, type ActionProgress } from "../../client/src/index.js";
import { startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { ROOT } from "../helpers/paths.js";
import { fixtureDirs } from "../helpers/plugins.js";

const hosts = ["p1.example.com", "p2.example.com", "p3.example.com"];
const broker = await startBroker();
const dirs = hosts.map(() => fixtureDirs().plugins);
for (const dir of dirs) cpSync(join(ROOT, "examples", "plugins", "sysinfo"), join(dir, "sysinfo"), { recursive: true });
const fleet = await startFleet(
  broker.url,
  hosts.map((identity, i) => ({ identity, tags: i === 0 ? ["first"] : [], config: { plugin_dirs: [dirs[i]] } })),
);
const client = await connect({ servers: [broker.url], caller: "tester", discoveryQuietMs: 150 });
t.teardown(async () => {
  await client.close();
  await fleet.stop();
  await broker.stop();
});

const ampm = (...args: string[]) => runAmpm([...args, "--server", broker.url, "--discovery-quiet", "150ms"]);

t.test("ampm rpc calls an external agent on three hosts", async (t) => {
  const result = await ampm("rpc", "sysinfo", "disk", "path=/", "--json");
  t.equal(result.code, 0, result.stderr);
  const doc = JSON.parse(result.stdout);
  t.same(doc.results.map((r: { sender: string }) => r.sender).sort(), hosts);
  for (const r of doc.results) t.match(r.data, { path: "/", total_bytes: Number, free_bytes: Number });
  const human = await ampm("rpc", "sysinfo", "uptime");
  t.equal(human.code, 0);
  t.match(human.stdout, /p1\.example\.com: OK\n\s+seconds: \d+\n\s+load:/);
});

t.test("values are typed by the manifest, undeclared inputs refused", async (t) => {
  const cases: [string[], RegExp][] = [
    [["rpc", "sysinfo", "countdown", "seconds=soon"], /seconds must be an integer, got "soon"/],
    [["rpc", "sysinfo", "disk", "path=/", "colour=red"], /sysinfo\.disk has no input "colour" \(it takes: path\)/],
    [["rpc", "sysinfo", "reboot"], /agent "sysinfo" has no action "reboot"; it has: uptime, disk, countdown/],
    [["rpc", "sysinfo", "uptmie"], /agent "sysinfo" has no action "uptmie" \(did you mean uptime\?\)/],
  ];
  for (const [args, message] of cases) {
    const result = await ampm(...args);
    t.equal(result.code, 2, args.join(" "));
    t.match(result.stderr, message);
  }
  const none = await ampm("rpc", "nosuchagent", "go");
  t.equal(none.code, 3);
  t.match(none.stderr, /no host that matches has an agent "nosuchagent"/);
  // the agent refuses too, for callers that skip the CLI
  const direct = await client.call("sysinfo", "countdown", { seconds: "x" }, { targets: [hosts[0]!] }).collect();
  t.equal(direct.results[0]?.status, "INVALID_DATA");
  t.match(direct.results[0]?.statusmsg, /seconds: must be integer/);
  const missing = await client.call("sysinfo", "countdown", {}, { targets: [hosts[0]!] }).collect();
  t.equal(missing.results[0]?.status, "MISSING_DATA");
});

t.test("ampm rpc AGENT --help shows actions, inputs and outputs from the manifest", async (t) => {
  const result = await ampm("rpc", "sysinfo", "--help");
  t.equal(result.code, 0, result.stderr);
  t.match(result.stdout, /^sysinfo \(agent 1\.0\.0\): Example external agent/m);
  t.match(result.stdout, /^\s+countdown\s+Wait some seconds, reporting progress each second$/m);
  t.match(result.stdout, /^\s+seconds\s+integer\s+required\s+>= 1; <= 100$/m);
  t.match(result.stdout, /^\s+returns: total_bytes, free_bytes|returns: path, total_bytes, free_bytes$/m);
  const general = await ampm("rpc", "--help");
  t.match(general.stdout, /Usage: ampm rpc \[options\] \[agent\] \[action\] \[key=value\.\.\.\]/);
});

t.test("every failure mode through the mesh: a clear status in time, and the agents keep serving", async (t) => {
  const cases: [string, string, RegExp, number][] = [
    ["fail-no-reply", "UNKNOWN_ERROR", /exited with code 3 with no valid reply.*disk on fire/, 3000],
    ["garbage", "UNKNOWN_ERROR", /stdout is not a JSON document/, 3000],
    ["two-docs", "UNKNOWN_ERROR", /more than one JSON document/, 3000],
    ["huge", "UNKNOWN_ERROR", /more than 1048576 bytes/, 3000],
    ["bad-output", "UNKNOWN_ERROR", /breaks its output schema/, 3000],
    ["fail-with-reply", "ABORTED", /volume vm1 is busy/, 3000],
    ["hang", "TIMEOUT", /did not finish within 500 ms/, 1500],
    ["hang-stubborn", "TIMEOUT", /did not finish within 500 ms/, 1500],
    ["probe-fails", "UNKNOWN_ACTION", /is inactive on p\d\.example\.com: probe: qemu-img is not installed/, 3000],
  ];
  for (const [plugin, status, message, budget] of cases) {
    const { results, summary } = await client.call(plugin, "run", {}, { targets: hosts, timeoutMs: 5000 }).collect();
    t.equal(results.length, 3, `${plugin}: three replies`);
    t.ok(results.every((r) => r.status === status), `${plugin}: ${status} (${results.map((r) => r.status).join(", ")})`);
    t.match(results[0]?.statusmsg, message, `${plugin}: message`);
    t.ok(summary.elapsedMs < budget, `${plugin}: answered in ${summary.elapsedMs} ms`);
  }
  const ping = await ampm("ping");
  t.equal(ping.code, 0);
  t.match(ping.stdout, /3 replies/);
});

t.test("the plugin's environment holds nothing of the agent's", async (t) => {
  const { results } = await client.call("good", "run", { n: 1 }, { targets: [hosts[0]!] }).collect();
  const data = results[0]?.data as { names: string; cwd: string };
  t.same(data.names.trim().split(" ").filter((n) => n !== "PWD"), ["AMPM_PLUGIN_DIR", "AMPM_PLUGIN_PROTOCOL", "AMPM_PLUGIN_RUN", "AMPM_STATE_DIR", "PATH"]);
  t.match(data.cwd, /\/state\/plugins\/good$/);
});

t.test("progress lines reach the caller as events", async (t) => {
  const events: ActionProgress[] = [];
  const { summary } = await client
    .call("progress", "run", {}, { targets: hosts, onActionProgress: (e) => events.push(e) })
    .collect();
  t.equal(summary.ok, 3);
  for (const host of hosts) {
    const mine = events.filter((e) => e.sender === host);
    t.same(mine.map((e) => e.done), [1, 2, 3], `${host}: three reports`);
    t.equal(mine[2]?.message, "step 3");
    t.equal(mine[0]?.agent, "progress");
  }
});

t.test("ampm plugins lists active and inactive plugins and what was skipped", async (t) => {
  const result = await ampm("plugins", hosts[0]!);
  t.equal(result.code, 0, result.stderr);
  t.match(result.stdout, /^p1\.example\.com$/m);
  t.match(result.stdout, /^\s+sysinfo\s+agent\s+1\.0\.0\s+active\s+uptime, disk, countdown$/m);
  t.match(result.stdout, /^\s+probe-fails\s+agent\s+1\.0\.0\s+inactive\s+probe: qemu-img is not installed$/m);
  t.match(result.stdout, /skipped .*bad-json: manifest bad-json\.json is not valid JSON/);
  t.match(result.stdout, /skipped .*not-executable: not-executable is not executable/);
  const json = JSON.parse((await ampm("plugins", "--json")).stdout);
  t.equal(json.hosts.length, 3);
  t.ok(json.hosts[0].plugins.some((p: { name: string; active: boolean }) => p.name === "sysinfo" && p.active));
});

t.test("plugins are reloaded without a restart: rpcutil.reload and SIGHUP", async (t) => {
  const add = (dir: string, name: string) => {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, `${name}.json`), JSON.stringify({ protocol: "ampm.plugin.v1", name, kind: "agent", actions: { run: {} } }));
    writeFileSync(join(dir, name, name), `#!/bin/sh\necho '{"statuscode":0,"data":{"from":"${name}"}}'\n`);
    chmodSync(join(dir, name, name), 0o755);
  };
  add(dirs[0]!, "late");
  const before = await client.call("late", "run", {}, { targets: [hosts[0]!] }).collect();
  t.equal(before.results[0]?.status, "UNKNOWN_ACTION");
  const reload = await ampm("rpc", "rpcutil", "reload", "-I", hosts[0]!, "--json");
  t.equal(reload.code, 0, reload.stderr);
  t.ok(JSON.parse(reload.stdout).results[0].data.plugins.some((p: { name: string }) => p.name === "late"));
  const after = await client.call("late", "run", {}, { filter: { agents: ["late"] } }).collect();
  t.same(after.results.map((r) => [r.sender, r.data]), [[hosts[0], { from: "late" }]], "found by broadcast too: the agent subscribed");

  add(dirs[1]!, "later");
  fleet.get(hosts[1]!).process.kill("SIGHUP");
  let status = "";
  for (let i = 0; i < 50 && status !== "OK"; i++) {
    await new Promise((r) => setTimeout(r, 100));
    status = (await client.call("later", "run", {}, { targets: [hosts[1]!], timeoutMs: 2000 }).collect()).results[0]?.status ?? "";
  }
  t.equal(status, "OK", "SIGHUP reloaded the plugin path");
});
