/**
 * Cold migration under crashes, shared by the two test files (the source's
 * steps and the target's, one broker and two agents each, so that neither
 * file comes near the per-file timeout): each side is killed (SIGKILL,
 * through AMPM_CRASH_AT) at each step it journals, then restarted.
 * Afterwards the instance exists exactly once, on one host, running, with
 * its data. Killed mid-stream (either side, half the volume sent or
 * written), the stream resumes where it was, not from zero.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { spawnAgent } from "./agents.js";
import { startMesh } from "./mesh.js";

export const SRC = "src.example.com";
export const TGT = "tgt.example.com";

/** Which side is killed, at which journaled step, and which host keeps the instance. */
export type CrashCase = [side: "migrate" | "migrate-in", step: string, owner: string];

/** Runs each case as a subtest of the file's tap test, then the control case when asked. */
export async function crashCases(CASES: CrashCase[], options: { control?: boolean } = {}): Promise<void> {
  const { agents, client, fleet, tiny } = await startMesh([SRC, TGT], { slots: 40 });

  async function restart(identity: string, env: Record<string, string> = {}): Promise<void> {
    const agent = agents.get(identity)!;
    await agent.stop();
    agents.set(identity, await spawnAgent({ ...agent.spec, env }, agent.dir, agent.configFile));
  }

  const simFile = (identity: string, name: string) => join(agents.get(identity)!.dir, "state", "hypervisor", "sim", `${name}.json`);
  const volumeDir = (identity: string, name: string) => join(agents.get(identity)!.dir, "state", "plugins", "dir", "volumes", `${name}-root`);

  function incomingJournals(identity: string): { instance?: { hostname: string }; resumes?: { from: number; reason: string }[] }[] {
    const dir = join(agents.get(identity)!.dir, "state", "hypervisor", "migrations-in");
    return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".json")).map((n) => JSON.parse(readFileSync(join(dir, n), "utf8"))) : [];
  }

  async function listed(name: string): Promise<{ host: string; state: string }[]> {
    const { results } = await client.call("hypervisor", "instances", { hostname: name }, { targets: [SRC, TGT], timeoutMs: 5000 }).collect();
    return results.flatMap((r) => (r.ok ? (r.data as { instances: { state: string }[] }).instances.map((i) => ({ host: r.sender, state: i.state })) : []));
  }

  async function settled(name: string): Promise<{ host: string; state: string }[]> {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const where = await listed(name);
      const jobs = (await fleet.jobs()).filter((j) => j.instance === name && j.state === "running");
      if (jobs.length === 0 && where.length === 1 && where[0]!.state !== "migrating") return where;
      if (Date.now() > deadline) return where;
      await sleep(300);
    }
  }

  for (const [side, step, owner] of CASES) {
    t.test(`${side === "migrate" ? "source" : "target"} killed at "${step}": the instance ends up on ${owner === SRC ? "the source" : "the target"}, once, intact`, async (t) => {
      const name = `${side}-${step}.example.com`.replace("migrate-in", "in").replace(/^migrate-/, "out-");
      await fleet.create(tiny, name, { container: SRC });
      const { instance } = await fleet.locate(name);
      const data = `data of ${name} ${Date.now()}\n`;
      writeFileSync(join(instance.volumes[0]!.path, "data.txt"), data);
      // Mid-stream: enough bytes for the stream to be half way (the receiver journals every 4 MiB).
      const midStream = step === "streamed-half";
      const bulk = midStream ? randomBytes(24 * 1024 * 1024) : undefined;
      if (bulk) writeFileSync(join(instance.volumes[0]!.path, "bulk.bin"), bulk);

      const victim = side === "migrate" ? SRC : TGT;
      await restart(victim, { AMPM_CRASH_AT: `${side}:${step}` });
      const crashed = agents.get(victim)!;
      // Not awaited: when the source dies before it answers, the call waits out its timeout.
      void fleet.migrate(name, TGT, { wait: false }).catch(() => undefined);
      const code = await Promise.race([crashed.exited, sleep(60_000).then(() => "still running")]);
      t.equal(crashed.process.signalCode, "SIGKILL", `${victim} was killed at ${step} (${String(code)})`);
      await restart(victim);

      const where = await settled(name);
      t.same(where, [{ host: owner, state: "running" }], "listed once, running, on the right host");
      const other = owner === SRC ? TGT : SRC;
      t.ok(existsSync(simFile(owner, name)), `defined on ${owner}`);
      t.notOk(existsSync(simFile(other, name)), `not defined on ${other}`);
      t.equal(readFileSync(join(volumeDir(owner, name), "data.txt"), "utf8"), data, "its data is intact");
      t.equal(readFileSync(join(volumeDir(owner, name), "etc", "debian_version"), "utf8"), "6.0.10\n", "its rootfs too");
      t.notOk(existsSync(volumeDir(other, name)), `no volume left on ${other}`);
      const migration = (await fleet.jobs()).find((j) => j.instance === name && j.kind === "migrate");
      t.equal(migration?.state, owner === TGT ? "done" : "failed", `the migration job says ${owner === TGT ? "done" : "failed"}: ${migration?.message}`);
      if (bulk) {
        t.ok(readFileSync(join(volumeDir(owner, name), "bulk.bin")).equals(bulk), "the 24 MiB arrived intact (whole-volume sha256 checked on the way)");
        const resumes = incomingJournals(TGT).find((j) => j.instance?.hostname === name)?.resumes ?? [];
        t.ok(resumes.some((r) => r.from > 0), `the stream resumed past zero: ${JSON.stringify(resumes)}`);
      }
    });
  }

  if (options.control) {
  t.test("without a crash, a migration of this kind simply works (the control case)", async (t) => {
    await fleet.create(tiny, "control.example.com", { container: SRC });
    const job = await fleet.migrate("control.example.com", TGT);
    t.equal(job.state, "done");
    t.same(await listed("control.example.com"), [{ host: TGT, state: "running" }]);
  });
  }
}
