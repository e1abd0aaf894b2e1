/**
 * Migration and evacuation benchmarks on sim hypervisors with dir volumes:
 *
 *   migrate   an instance with 256 MiB of data on its volume, host A to host B (stop, export
 *             through the dir plugin, object store, sha256, import, start) vs the same bytes
 *             put into and read back from a JetStream object store over raw NATS
 *   evacuate  20 instances off host A onto B and C, planned by the caller, 4 at a time
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Objm } from "@nats-io/obj";
import { connect as natsConnect } from "@nats-io/transport-node";
import { Fleet, resolveProfile, type Client } from "../client/src/index.js";
import { startAgent, type AgentProcess } from "../test/helpers/agents.js";
import { hypervisorHost } from "../test/helpers/hypervisor.js";

const MIB = 1024 * 1024;
const r2 = (n: number) => Math.round(n * 100) / 100;

/** The same bytes through the object store, raw: one connection puts, another gets and hashes. */
async function rawObjectStore(server: string, data: Uint8Array): Promise<number> {
  const put = await natsConnect({ servers: server });
  const get = await natsConnect({ servers: server });
  try {
    const t0 = performance.now();
    const bucket = await new Objm(put).create("bench-raw");
    await bucket.putBlob({ name: "volume" }, data);
    const reader = await (await new Objm(get).open("bench-raw")).get("volume");
    if (!reader) throw new Error("raw object store: the object is gone");
    const hash = createHash("sha256");
    for await (const chunk of reader.data) hash.update(chunk);
    hash.digest("hex");
    const ms = performance.now() - t0;
    await bucket.destroy();
    return ms;
  } finally {
    await put.close();
    await get.close();
  }
}

export async function migrationBench(server: string, client: Client, dir: string, rows: string[][]): Promise<Record<string, unknown>> {
  const root = join(dir, "migration");
  const profiles = join(root, "profiles");
  mkdirSync(profiles, { recursive: true });
  writeFileSync(
    join(profiles, "bench-volume.yaml"),
    "description: one dir volume\ntemplate: lxc:debian-squeeze\nresources: { vcpus: 1, memory_mb: 256 }\nvolumes:\n  - { name: root, size: 1G, storage: dir }\n",
  );
  const hosts = ["bench-a.example.com", "bench-b.example.com", "bench-c.example.com"];
  const agents: AgentProcess[] = [];
  try {
    for (const identity of hosts) {
      const spec = hypervisorHost(root, identity, { slots: 32 });
      const config = spec.config as { plugins: Record<string, unknown> };
      config.plugins.dir = { root: join(root, `${identity}-volumes`) };
      agents.push(await startAgent(server, spec, root));
    }
    const fleet = new Fleet(client);
    const profile = resolveProfile("bench-volume", [profiles]);

    // One instance, 256 MiB of random bytes on its volume.
    const size = 256 * MIB;
    await fleet.create(profile, "big.example.com", { container: hosts[0] });
    const volumes = join(root, `${hosts[0]}-volumes`);
    const volume = readdirSync(volumes).find((n) => n !== ".meta" && statSync(join(volumes, n)).isDirectory());
    if (!volume) throw new Error(`migration bench: no volume directory under ${volumes}`);
    const data = randomBytes(size);
    writeFileSync(join(volumes, volume, "data.bin"), data);
    const t0 = performance.now();
    const job = await fleet.migrate("big.example.com", hosts[1]);
    const migrateMs = performance.now() - t0;
    if (job.state !== "done") throw new Error(`migration bench: ${job.message}`);
    const rawMs = await rawObjectStore(server, data);
    rows.push(["migrate 256 MiB (floor: object store put + get, raw)", `${r2(rawMs)} ms`, `${r2(migrateMs)} ms`, `${r2(rawMs / migrateMs)}x speed`, ">= 0.5x"]);

    // Twenty instances off host A, four at a time.
    for (let i = 0; i < 20; i++) await fleet.create(profile, `evac${String(i).padStart(2, "0")}.example.com`, { container: hosts[0] });
    const t1 = performance.now();
    const { plan, job: evacuation } = await fleet.evacuate(hosts[0]!, { parallel: 4 });
    const evacuateMs = performance.now() - t1;
    if (!evacuation || evacuation.state !== "done") throw new Error(`evacuation bench: ${evacuation?.message ?? "no job"}`);
    const perTarget = Object.fromEntries(hosts.slice(1).map((h) => [h, plan.filter((p) => p.target === h).length]));
    rows.push(["evacuate 20 instances, 4 at a time", "", `${r2(evacuateMs)} ms`, `${r2(evacuateMs / 20)} ms each`, ""]);
    return {
      migrate: { bytes: size, ampm_ms: r2(migrateMs), raw_object_store_ms: r2(rawMs), speed_ratio: r2(rawMs / migrateMs) },
      evacuate: { instances: 20, parallel: 4, ms: r2(evacuateMs), plan_per_target: perTarget, message: evacuation.message },
    };
  } finally {
    for (const agent of agents) await agent.stop();
  }
}
