/**
 * The runner against one tiny fixture plugin per failure mode: each ends in
 * a clear status within its deadline + 1 s, and nothing is left running.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { Status, statusName } from "../../proto/wire/index.js";
import { callContext, catalog, fixtureDirs } from "../helpers/plugins.js";

const dirs = fixtureDirs();
const plugins = catalog({ dirs: [dirs.plugins], stateDir: dirs.state });
await plugins.load();

/** Running, as opposed to gone or a zombie (an orphan's zombie waits for an init that may not reap it). */
const alive = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return false;
  }
};

t.test("loading: bad manifests are skipped with a reason, a failing probe makes a plugin inactive", async (t) => {
  const problems = plugins.problems.join("\n");
  t.match(problems, /bad-json: manifest bad-json\.json is not valid JSON/);
  t.match(problems, /bad-schema: manifest bad-schema\.json: kind: must be one of "storage", "template", "agent"/);
  t.match(problems, /not-executable: not-executable is not executable \(chmod \+x\)/);
  t.match(problems, /rpcutil: the name "rpcutil" belongs to a built-in agent/);
  t.equal(plugins.problems.length, 4);
  t.ok(plugins.get("good")?.active);
  const probe = plugins.get("probe-fails");
  t.equal(probe?.active, false);
  t.equal(probe?.inactiveReason, "probe: qemu-img is not installed");
  const refused = await plugins.call("probe-fails", "run", {}, callContext());
  t.equal(refused.status, Status.UNKNOWN_ACTION);
  t.match(refused.message, /inactive: probe: qemu-img is not installed/);
});

t.test("a good plugin: minimal environment, its own state dir, reply and output checked", async (t) => {
  const outcome = await plugins.call("good", "run", { n: 1 }, callContext());
  t.equal(outcome.status, Status.OK, outcome.message);
  const data = outcome.data as { pid: number; cwd: string; names: string; protocol: string; state: string };
  t.equal(data.cwd, join(dirs.state, "good"));
  // tap instruments every process its tests start (NODE_OPTIONS, _TAPJS_*); the strict check of the
  // environment runs through the mesh, in an agent started outside tap (plugins-mesh.test.ts).
  const tapNoise = (n: string) => n === "NODE_OPTIONS" || n.startsWith("_TAPJS_") || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n);
  const names = data.names.trim().split(" ").filter((n) => n !== "PWD" && !tapNoise(n));
  t.same(names, ["AMPM_PLUGIN_DIR", "AMPM_PLUGIN_PROTOCOL", "AMPM_PLUGIN_RUN", "AMPM_STATE_DIR", "PATH"], "nothing else of the agent's environment");
  t.equal(data.protocol, "ampm.plugin.v1");
  t.equal(data.state, join(dirs.state, "good"));
});

t.test("inputs are checked before anything starts", async (t) => {
  const cases: [unknown, number, RegExp][] = [
    [{}, Status.MISSING_DATA, /good\.run: missing field "n"/],
    [{ n: "five" }, Status.INVALID_DATA, /n: must be integer/],
    [{ n: 1, colour: "red" }, Status.INVALID_DATA, /unknown field "colour"/],
  ];
  for (const [data, status, message] of cases) {
    const outcome = await plugins.call("good", "run", data, callContext());
    t.equal(statusName(outcome.status), statusName(status), JSON.stringify(data));
    t.match(outcome.message, message);
    t.equal(outcome.exitCode, null, "no process was started");
  }
  const unknown = await plugins.call("good", "nope", {}, callContext());
  t.equal(unknown.status, Status.UNKNOWN_ACTION);
  t.match(unknown.message, /has no action "nope" \(it has: run\)/);
});

t.test("every failure mode is a clear status within the deadline + 1 s", async (t) => {
  const cases: [string, number, RegExp, number][] = [
    ["fail-with-reply", Status.ABORTED, /^volume vm1 is busy$/, 3000],
    ["fail-no-reply", Status.UNKNOWN_ERROR, /exited with code 3 with no valid reply \(nothing on stdout\); stderr: disk on fire/, 3000],
    ["garbage", Status.UNKNOWN_ERROR, /exited with code 0 with no valid reply \(stdout is not a JSON document/, 3000],
    ["two-docs", Status.UNKNOWN_ERROR, /more than one JSON document on stdout/, 3000],
    ["empty", Status.UNKNOWN_ERROR, /nothing on stdout/, 3000],
    ["unknown-status", Status.UNKNOWN_ERROR, /unknown statuscode 77/, 3000],
    ["bad-output", Status.UNKNOWN_ERROR, /breaks its output schema: path: must be string/, 3000],
    ["huge", Status.UNKNOWN_ERROR, /wrote more than 1048576 bytes to stdout/, 3000],
    ["hang", Status.TIMEOUT, /hang\.run did not finish within 500 ms/, 1500],
    ["hang-stubborn", Status.TIMEOUT, /did not finish within 500 ms/, 1500],
  ];
  for (const [name, status, message, budget] of cases) {
    const started = Date.now();
    const outcome = await plugins.call(name, "run", {}, callContext());
    const took = Date.now() - started;
    t.equal(statusName(outcome.status), statusName(status), `${name}: status`);
    t.match(outcome.message, message, `${name}: message`);
    t.ok(took < budget, `${name}: answered in ${took} ms`);
  }
});

t.test("a child that ignores TERM is killed with the group", async (t) => {
  const pidFile = join(dirs.state, "hang-stubborn", "child.pid");
  for (let i = 0; i < 50 && !existsSync(pidFile); i++) await sleep(20);
  const pid = Number(readFileSync(pidFile, "utf8"));
  for (let i = 0; i < 100 && alive(pid); i++) await sleep(20);
  t.notOk(alive(pid), `child ${pid} is gone`);
});

t.test("stderr is capped, not fatal; progress lines are reported", async (t) => {
  const noisy = await plugins.call("noisy", "run", {}, callContext());
  t.equal(noisy.status, Status.OK);
  const seen: unknown[] = [];
  const outcome = await plugins.call("progress", "run", {}, { ...callContext(), onProgress: (p) => seen.push(p) });
  t.equal(outcome.status, Status.OK);
  t.same(seen, [
    { done: 1, total: 3, message: "step 1" },
    { done: 2, total: 3, message: "step 2" },
    { done: 3, total: 3, message: "step 3" },
  ]);
});

t.test("the deadline of the caller wins over the plugin's own timeout", async (t) => {
  const started = Date.now();
  const outcome = await plugins.call("hang", "run", {}, callContext(200));
  t.equal(outcome.status, Status.TIMEOUT);
  t.ok(Date.now() - started < 1200);
});

t.test("an abort (agent shutdown) stops the plugin", async (t) => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error("the agent is shutting down")), 100);
  const outcome = await plugins.call("hang", "run", {}, { ...callContext(), signal: controller.signal });
  t.equal(outcome.status, Status.ABORTED);
  t.match(outcome.message, /shutting down/);
});

t.test("reload finds new plugins and drops removed ones", async (t) => {
  const dir = join(dirs.plugins, "late");
  mkdirSync(dir);
  writeFileSync(join(dir, "late.json"), JSON.stringify({ protocol: "ampm.plugin.v1", name: "late", kind: "agent", actions: { run: {} } }));
  writeFileSync(join(dir, "late"), '#!/bin/sh\necho \'{"statuscode":0,"data":{"late":true}}\'\n');
  chmodSync(join(dir, "late"), 0o755);
  t.equal(plugins.get("late"), undefined);
  await plugins.load();
  const outcome = await plugins.call("late", "run", {}, callContext());
  t.same(outcome.data, { late: true });
});
