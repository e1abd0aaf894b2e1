/**
 * A migration stopped while its data streams (real broker, real agents,
 * sim hypervisors, dir volumes with 64 MiB of random bytes):
 *   - cancelled mid-stream (migration_abort on the target, as the source
 *     does when it gives up): the target throws its partial data away, the
 *     source rolls back; the instance is on the source once, running,
 *     intact, no lease is left, and migrating it again works;
 *   - the source killed mid-stream (SIGKILL) and kept down past the
 *     target's retry: restarted, it serves the stream again and the
 *     target carries on from what it had; the instance ends on the target
 *     once, intact.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { decodeJson } from "../../proto/wire/index.js";
import { MIGRATION_LEASES_BUCKET } from "../../proto/domain/index.js";
import { spawnAgent } from "../helpers/agents.js";
import { startMesh } from "../helpers/mesh.js";

const SRC = "src.example.com";
const TGT = "tgt.example.com";
const MIB = 1024 * 1024;

const { agents, client, fleet, tiny } = await startMesh([SRC, TGT], { slots: 10 });

const hv = (identity: string, ...parts: string[]) => join(agents.get(identity)!.dir, "state", "hypervisor", ...parts);
const volumeDir = (identity: string, name: string) => join(agents.get(identity)!.dir, "state", "plugins", "dir", "volumes", `${name}-root`);
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

async function listed(name: string): Promise<{ host: string; state: string }[]> {
  const { results } = await client.call("hypervisor", "instances", { hostname: name }, { targets: [SRC, TGT], timeoutMs: 5000 }).collect();
  return results.flatMap((r) => (r.ok ? (r.data as { instances: { state: string }[] }).instances.map((i) => ({ host: r.sender, state: i.state })) : []));
}

async function settled(name: string): Promise<{ host: string; state: string }[]> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const where = await listed(name);
    const running = (await fleet.jobs()).filter((j) => j.instance === name && j.state === "running");
    if ((running.length === 0 && where.length === 1 && where[0]!.state !== "migrating") || Date.now() > deadline) return where;
    await sleep(300);
  }
}

/** An instance on the source with a marker file and 64 MiB of random bytes; their checksums. */
async function instanceWithData(name: string): Promise<{ marker: string; bulk: string }> {
  await fleet.create(tiny, name, { container: SRC });
  const { instance } = await fleet.locate(name);
  writeFileSync(join(instance.volumes[0]!.path, "data.txt"), `data of ${name}\n`);
  writeFileSync(join(instance.volumes[0]!.path, "bulk.bin"), randomBytes(64 * MIB));
  return { marker: `data of ${name}\n`, bulk: sha(join(instance.volumes[0]!.path, "bulk.bin")) };
}

/** Resolves when the target's migrate-in job for `name` reports bytes written, but not all of them. */
function midStream(name: string): { reached: Promise<number>; stop: () => void } {
  let resolve!: (bytes: number) => void;
  const reached = new Promise<number>((r) => (resolve = r));
  const sub = client.transport.subscribe("ampm.v1.event.job.>", (msg) => {
    const j = decodeJson(msg.data) as { kind: string; instance: string; phase: string; bytes: number; percent: number; state: string };
    if (j.kind === "migrate-in" && j.instance === name && j.phase === "download" && j.bytes > 0 && j.percent < 80 && j.state === "running") resolve(j.bytes);
  });
  return { reached, stop: () => sub.unsubscribe() };
}

t.test("cancelled mid-stream: the target's partial data goes, the instance stays on the source, intact", async (t) => {
  const name = "cancelled.example.com";
  const sums = await instanceWithData(name);
  const watch = midStream(name);
  const migration = fleet.migrate(name, TGT).catch((err: Error & { job?: { state: string; message: string } }) => err.job ?? { state: "error", message: err.message });
  const bytes = await Promise.race([watch.reached, sleep(90_000).then(() => -1)]);
  watch.stop();
  t.ok(bytes > 0, `the target had written ${bytes} bytes when the migration was cancelled`);
  const [id] = entries(hv(SRC, "migrations-out")).map((f) => f.replace(/\.json$/, ""));
  t.ok(id, `the migration's id: ${id}`);
  t.ok(entries(hv(TGT, "transfer-in", id!)).length > 0, "the target holds partial data");
  const { results } = await client.call("hypervisor", "migration_abort", { migrationId: id }, { targets: [TGT], timeoutMs: 60_000 }).collect();
  t.same(results.map((r) => [r.ok, (r.data as { committed?: boolean })?.committed]), [[true, false]], "the target aborted it, not committed");
  const job = await migration;
  t.equal(job.state, "failed", `the migration job failed: ${job.message}`);
  t.match(job.message, /rolled back/);

  t.same(await settled(name), [{ host: SRC, state: "running" }], "the instance is on the source once, running");
  t.equal(readFileSync(join(volumeDir(SRC, name), "data.txt"), "utf8"), sums.marker, "its data intact");
  t.equal(sha(join(volumeDir(SRC, name), "bulk.bin")), sums.bulk, "its 64 MiB intact");
  t.notOk(existsSync(hv(TGT, "sim", `${name}.json`)), "not defined on the target");
  t.notOk(existsSync(volumeDir(TGT, name)), "no volume on the target");
  t.same(entries(hv(TGT, "transfer-in", id!)), [], "the target's partial data is gone");
  t.same(entries(hv(SRC, "transfer", id!)), [], "the source's export is gone");
  const leases = await (await client.transport.kv!().open(MIGRATION_LEASES_BUCKET))?.keys();
  t.same(leases ?? [], [], "no migration lease left");

  const again = await fleet.migrate(name, TGT);
  t.equal(again.state, "done", "migrated again, this time to the end");
  t.same(await settled(name), [{ host: TGT, state: "running" }], "now on the target once");
  t.equal(sha(join(volumeDir(TGT, name), "bulk.bin")), sums.bulk, "with its 64 MiB intact");
});

t.test("the source killed mid-stream and kept down 8 s: restarted, the stream resumes; the instance ends on the target, once, intact", async (t) => {
  const name = "killed.example.com";
  const sums = await instanceWithData(name);
  const source = agents.get(SRC)!;
  await source.stop();
  agents.set(SRC, await spawnAgent({ ...source.spec, env: { AMPM_CRASH_AT: "migrate:streamed-half" } }, source.dir, source.configFile));
  void fleet.migrate(name, TGT, { wait: false }).catch(() => undefined);
  const code = await Promise.race([agents.get(SRC)!.exited, sleep(90_000).then(() => "still running")]);
  t.equal(agents.get(SRC)!.process.signalCode, "SIGKILL", `the source was killed half way through the stream (${String(code)})`);
  await sleep(8000);
  agents.set(SRC, await spawnAgent({ ...source.spec, env: {} }, source.dir, source.configFile));

  t.same(await settled(name), [{ host: TGT, state: "running" }], "on the target once, running");
  t.notOk(existsSync(hv(SRC, "sim", `${name}.json`)), "not defined on the source");
  t.notOk(existsSync(volumeDir(SRC, name)), "no volume left on the source");
  t.equal(readFileSync(join(volumeDir(TGT, name), "data.txt"), "utf8"), sums.marker, "its data intact");
  t.equal(sha(join(volumeDir(TGT, name), "bulk.bin")), sums.bulk, "its 64 MiB intact");
  const journals = entries(hv(TGT, "migrations-in")).map((f) => JSON.parse(readFileSync(hv(TGT, "migrations-in", f), "utf8")) as { instance?: { hostname: string }; resumes?: { from: number }[] });
  const resumes = journals.find((j) => j.instance?.hostname === name)?.resumes ?? [];
  t.ok(resumes.some((r) => r.from > 0), `the stream resumed past zero: ${JSON.stringify(resumes)}`);
  t.same(entries(hv(TGT, "transfer-in")), [], "no partial data left on the target");
});
