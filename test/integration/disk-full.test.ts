/**
 * A hypervisor host whose state disk fills up (a small tmpfs): creates fail
 * with a message that names the disk, the agent keeps running and answering
 * what only looks, refuses what would write and says why, starts again
 * read-only while the disk is still full, leaves no temporary files, and
 * goes back to normal once space is freed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { spawnAgent, startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { filesUnder, hypervisorHost, TEST_PROFILES } from "../helpers/hypervisor.js";

const mountpoint = mkdtempSync(join(tmpdir(), "ampm-diskfull-"));
const mounted = process.getuid?.() === 0 && spawnSync("mount", ["-t", "tmpfs", "-o", "size=8m", "tmpfs", mountpoint]).status === 0;
const root = join(mountpoint, "fleet");
if (!mounted) {
  rmSync(mountpoint, { recursive: true, force: true });
  t.comment("skipped: mounting a small tmpfs needs root (mount -t tmpfs)");
  t.pass("skipped: mounting a small tmpfs needs root");
} else {
  const HOST = "full.example.com";
  mkdirSync(root);
  const broker = await startBroker();
  const spec = hypervisorHost(root, HOST);
  const fleet = await startFleet(broker.url, [{ ...spec, config: { ...spec.config, metrics: { listen: "127.0.0.1:0" } } }], root);
  /** GET /healthz of the agent (its address from its log). */
  const healthz = async () => {
    const serving = fleet.get(HOST).entries().findLast((e) => e.msg === "serving /metrics and /healthz");
    const res = await fetch(`http://${String(serving!.listen)}/healthz`);
    return { status: res.status, text: await res.text() };
  };
  t.teardown(async () => {
    await fleet.stop();
    await broker.stop();
    spawnSync("umount", ["-l", mountpoint]);
    rmSync(mountpoint, { recursive: true, force: true });
  });
  const ampm = (...args: string[]) => runAmpm([...args, "--server", broker.url], { env: { AMPM_PROFILES: TEST_PROFILES }, timeoutMs: 60_000 });
  const stateDir = join(fleet.get(HOST).dir, "state");
  const fillers: string[] = [];
  /** Takes all but 8 KiB of what is free, in a file of its own. */
  const fill = () => {
    const { bavail, bsize } = statfsSync(root);
    const file = join(root, `filler-${fillers.length}`);
    writeFileSync(file, Buffer.alloc(Math.max(0, bavail * bsize - 8 * 1024)));
    fillers.push(file);
  };

  t.test("a create on a full disk fails naming the disk; the agent runs on, read-only", async (t) => {
    t.equal((await ampm("create", "--profile", "tiny", "--hostname", "before.example.com")).code, 0, "a create while there is room");
    writeFileSync(join(stateDir, "hypervisor", "host.json.tmp-99999"), "{"); // as a crash in the middle of a write leaves it
    fill();
    const full = await ampm("create", "--profile", "tiny", "--hostname", "c1.example.com");
    t.equal(full.code, 1, "exit 1: it failed");
    t.match(full.stderr, /no space left on the device \(ENOSPC\)|state disk .* cannot be written/, "the message names the disk");
    t.notMatch(full.stderr, /lost track of job|does not answer/);
    t.equal(fleet.get(HOST).process.exitCode, null, "the agent is running");

    const status = await ampm("status", "all");
    t.equal(status.code, 0, "looking still works");
    t.match(status.stdout, /before\.example\.com/);
    const again = await ampm("create", "--profile", "tiny", "--hostname", "c2.example.com", "--container", HOST);
    t.equal(again.code, 1);
    t.match(again.stderr, /the state disk \(.*\) cannot be written: .*ENOSPC.*answers only requests that look/);
    const stats = JSON.parse((await ampm("rpc", "rpcutil", "daemon_stats", "--json")).stdout).results[0].data;
    t.equal(stats.stateReadOnly ?? stats.state_read_only, true, "daemon_stats says read-only");
    const health = await healthz();
    t.equal(health.status, 503, "/healthz says so");
    t.match(health.text, /read-only: the state disk/);
    t.same(filesUnder(stateDir).filter((f) => /\.tmp-\d+$/.test(f)), ["hypervisor/host.json.tmp-99999"], "no temporary files left behind (but the one from before)");
  });

  t.test("it starts again while the disk is still full, read-only", async (t) => {
    const agent = fleet.get(HOST);
    await agent.stop();
    fill(); // what the stop freed, taken again
    fleet.agents[0] = await spawnAgent(agent.spec, agent.dir, agent.configFile);
    t.equal((await ampm("ping")).code, 0);
    t.equal((await ampm("status", "all")).code, 0);
    t.same(filesUnder(stateDir).filter((f) => /\.tmp-\d+$/.test(f)), [], "temporary files removed at start");
    t.match(fleet.get(HOST).log(), /the state disk cannot be written: answering read-only requests only/);
  });

  t.test("space freed: back to normal", async (t) => {
    for (const file of fillers) rmSync(file);
    await sleep(2500);
    const created = await ampm("create", "--profile", "tiny", "--hostname", "after.example.com");
    t.equal(created.code, 0, created.stderr);
    const status = await ampm("status", "all");
    t.match(status.stdout, /after\.example\.com/);
    t.equal((await healthz()).status, 200, "/healthz is back to 200");
    t.notMatch(status.stdout, /c1\.example\.com/, "the failed create left nothing");
    execFileSync("sync");
  });
}
