/**
 * A plugin whose child leaves the process group (setsid), ignores TERM and
 * holds stdout open: the child does not outlive the invocation, in either
 * way of keeping a plugin's processes together.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { Containment } from "../../agents/src/plugins/containment.js";
import { Status } from "../../proto/wire/index.js";
import { callContext, catalog, fixtureDirs } from "../helpers/plugins.js";

/** Pids whose command line is `sleep 1000.<token>` (and that are not zombies). */
function escapees(token: number): number[] {
  const out: number[] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8") !== `sleep\0${1000}.${token}\0`) continue;
      if (readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] === "Z") continue;
      out.push(Number(pid));
    } catch {
      // gone
    }
  }
  return out;
}

const pidNamespace = new Containment("auto").mode === "pid-namespace";
const modes = [
  { mode: "process-group" as const, skip: false },
  { mode: "pid-namespace" as const, skip: pidNamespace ? false : "PID namespaces need root and util-linux's unshare on this machine" },
];

for (const { mode, skip } of modes) {
  t.test(`${mode}: a detached child that ignores TERM does not outlive its plugin`, { skip }, async (t) => {
    const dirs = fixtureDirs();
    const plugins = catalog({ dirs: [dirs.plugins], stateDir: join(dirs.state, mode), containment: mode });
    await plugins.load();
    t.equal(plugins.containment.mode, mode);
    const token = Math.floor(Math.random() * 1e9);
    const started = Date.now();
    const outcome = await plugins.call("escape", "run", { token }, callContext());
    t.equal(outcome.status, Status.OK, outcome.message);
    t.ok(Date.now() - started < 3000, "the reply came without waiting for the child");
    for (let i = 0; i < 20 && escapees(token).length > 0; i++) await sleep(100);
    t.same(escapees(token), [], "nothing of it is left running");
  });
}

t.test("the same plugin with only its process group killed would leave the child behind", async (t) => {
  // The check above can fail: a plain group kill does not reach a setsid child.
  const dirs = fixtureDirs();
  const plugins = catalog({ dirs: [dirs.plugins], stateDir: dirs.state, containment: "process-group" });
  await plugins.load();
  const token = Math.floor(Math.random() * 1e9);
  const mark = plugins.containment.newMark;
  plugins.containment.newMark = () => "unmatched"; // no mark to find: the group kill alone
  const killMarked = plugins.containment.killMarked.bind(plugins.containment);
  plugins.containment.killMarked = () => 0;
  await plugins.call("escape", "run", { token }, callContext());
  await sleep(500);
  t.equal(escapees(token).length, 1, "the setsid child survives a group kill");
  plugins.containment.newMark = mark;
  t.ok(killMarked("unmatched") >= 1, "and is found by its mark");
  await sleep(200);
  t.same(escapees(token), []);
});
