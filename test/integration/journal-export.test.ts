/**
 * Jobs cut short by a restart that are not migrations or creates, on real
 * agents (sim hypervisors): an image export killed at its upload (the
 * instance was stopped for it) is undone at the next start: the instance
 * runs again, the staging copy and the part-written object go, and the job
 * fails saying why. A job no journal names (an evacuation) is failed,
 * saying so, instead of being shown running for ever.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t, { type Test } from "tap";
import { blobStore } from "../../proto/wire/index.js";
import { spawnAgent, type AgentProcess } from "../helpers/agents.js";
import { startMesh } from "../helpers/mesh.js";

const H = "hv1.example.com";
const H2 = "hv2.example.com";

const { root, agents, client, fleet, tiny } = await startMesh([H, H2], { slots: 10 });

async function restart(identity: string, env: Record<string, string>): Promise<AgentProcess> {
  const agent = agents.get(identity)!;
  await agent.stop();
  const next = await spawnAgent({ ...agent.spec, env }, agent.dir, agent.configFile);
  agents.set(identity, next);
  return next;
}

async function killedAt(agent: AgentProcess, what: string, t: Test): Promise<void> {
  const code = await Promise.race([agent.exited, sleep(60_000).then(() => "still running")]);
  t.equal(agent.process.signalCode, "SIGKILL", `killed at ${what} (${String(code)})`);
}

async function stateOf(name: string): Promise<string | undefined> {
  const { results } = await client.call("hypervisor", "instances", { hostname: name }, { targets: [H], timeoutMs: 5000 }).collect();
  return results.flatMap((r) => (r.ok ? (r.data as { instances: { state: string }[] }).instances : []))[0]?.state;
}

t.test("an image export killed at its upload: at the next start the instance runs again, nothing is left, the job fails saying why", async (t) => {
  await fleet.create(tiny, "exported.example.com", { container: H });
  t.equal(await stateOf("exported.example.com"), "running");
  const crashed = await restart(H, { AMPM_CRASH_AT: "image-export:upload" });
  void fleet.imageExport("exported.example.com", join(root, "out.tar.gz"), { stop: true }).catch(() => undefined);
  await killedAt(crashed, "image-export:upload", t);
  const exports = join(crashed.dir, "state", "hypervisor", "exports");
  const [file] = readdirSync(exports).filter((n) => n.endsWith(".json"));
  t.ok(file, "the export was journaled");
  const jobId = file!.slice(0, -5);
  t.equal(await stateOf("exported.example.com"), undefined, "(the host is down)");

  const back = await restart(H, {});
  t.equal(await stateOf("exported.example.com"), "running", "the instance the export stopped runs again");
  const job = (await fleet.jobs(jobId))[0];
  t.equal(job?.state, "failed", "the job is not left running");
  t.match(job?.message, /interrupted by an agent restart at "upload"; exported\.example\.com is running again: run the export again/);
  t.notOk(existsSync(join(back.dir, "state", "hypervisor", "transfer", jobId)), "the staging copy is gone");
  t.equal(await blobStore(client.transport).info("ampm-images", jobId), null, "and no object (or part of one) is left in the bucket");

  const meta = await fleet.imageExport("exported.example.com", join(root, "again.tar.gz"), { stop: true });
  t.ok(meta.sha256 && meta.bytes > 0, "exported again, after the restart");
  t.equal(await stateOf("exported.example.com"), "running", "and running after that export too");
});

t.test("a job no journal names (an evacuation) cut short by a restart is failed, saying so, not shown running for ever", async (t) => {
  for (const n of ["e1", "e2"]) await fleet.create(tiny, `${n}.example.com`, { container: H });
  const crashed = await restart(H, { AMPM_CRASH_AT: "migrate:export" });
  void fleet.evacuate(H, { wait: false }).catch(() => undefined);
  await killedAt(crashed, "migrate:export", t);
  await restart(H, {});
  const deadline = Date.now() + 60_000;
  let evacuation = (await fleet.jobs()).find((j) => j.kind === "evacuate");
  while (evacuation?.state === "running" && Date.now() < deadline) {
    await sleep(300);
    evacuation = (await fleet.jobs()).find((j) => j.kind === "evacuate");
  }
  t.equal(evacuation?.state, "failed", "the evacuation is failed at the next start");
  t.match(evacuation?.message, /interrupted by an agent restart: the migrations it had started go on/);
  t.ok(agents.get(H)!.entries().some((e) => e.msg === "a job cut short by the restart is failed" && e.kind === "evacuate"), "the log says so");
});
