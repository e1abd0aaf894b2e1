/**
 * A migration whose broker dies during the volume stream (once the target
 * has journaled a first durable offset) and comes back: the stream carries
 * on from what the target has written (not from zero), the data arrives
 * intact, and the instance exists once.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { connect, Fleet, readProfile } from "../../client/src/index.js";
import { fleetRoot, startAgent, type AgentProcess } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { hypervisorHost, TEST_PROFILES } from "../helpers/hypervisor.js";

const SRC = "src.example.com";
const TGT = "tgt.example.com";
const root = fleetRoot();
const broker = await startBroker();
const agents = new Map<string, AgentProcess>();
for (const identity of [SRC, TGT]) agents.set(identity, await startAgent(broker.url, hypervisorHost(root, identity), root));
const client = await connect({ servers: [broker.url], caller: "tester", discoveryQuietMs: 150 });
const fleet = new Fleet(client);
t.teardown(async () => {
  await client.close().catch(() => undefined);
  for (const a of agents.values()) await a.stop();
  await broker.stop();
});

const stateOf = (identity: string) => join(agents.get(identity)!.dir, "state", "hypervisor");

/** The target's durable offset of the volume being streamed in, or 0. */
function durableOffset(): number {
  const dir = join(stateOf(TGT), "transfer-in");
  if (!existsSync(dir)) return 0;
  for (const id of readdirSync(dir)) {
    const progress = join(dir, id, "root.progress");
    if (existsSync(progress)) {
      try {
        return (JSON.parse(readFileSync(progress, "utf8")) as { offset: number }).offset;
      } catch {
        // being replaced
      }
    }
  }
  return 0;
}

t.test("the broker restarts mid-stream: the migration resumes and completes", async (t) => {
  const name = "restart.example.com";
  await fleet.create(readProfile(join(TEST_PROFILES, "tiny.yaml")), name, { container: SRC });
  const { instance } = await fleet.locate(name);
  const bulk = randomBytes(96 * 1024 * 1024);
  writeFileSync(join(instance.volumes[0]!.path, "bulk.bin"), bulk);

  const job = await fleet.migrate(name, TGT, { wait: false });
  const deadline = Date.now() + 120_000;
  let seen = 0;
  while ((seen = durableOffset()) === 0 && Date.now() < deadline) await sleep(20);
  t.ok(seen > 0, `the target had journaled ${seen} bytes when the broker was killed`);
  await broker.kill();
  await sleep(1000);
  await broker.restart();

  // The client reconnects too; then wait for the instance to settle on one host.
  let where: { host: string; state: string }[] = [];
  while (Date.now() < deadline) {
    const { results } = await client.call("hypervisor", "instances", { hostname: name }, { targets: [SRC, TGT], timeoutMs: 5000 }).collect().catch(() => ({ results: [] }));
    where = results.flatMap((r) => (r.ok ? (r.data as { instances: { state: string }[] }).instances.map((i) => ({ host: r.sender, state: i.state })) : []));
    if (where.length === 1 && where[0]!.host === TGT && where[0]!.state === "running") break;
    await sleep(500);
  }
  t.same(where, [{ host: TGT, state: "running" }], `on the target once, running (job ${job.id})`);
  const volume = join(agents.get(TGT)!.dir, "state", "plugins", "dir", "volumes", `${name}-root`, "bulk.bin");
  t.ok(existsSync(volume) && readFileSync(volume).equals(bulk), "the 96 MiB arrived intact");
  const journals = readdirSync(join(stateOf(TGT), "migrations-in")).map((n) => JSON.parse(readFileSync(join(stateOf(TGT), "migrations-in", n), "utf8")) as { instance?: { hostname: string }; resumes?: { from: number; reason: string }[] });
  const resumes = journals.find((j) => j.instance?.hostname === name)?.resumes ?? [];
  t.ok(resumes.length > 0 && resumes.every((r) => r.from > 0), `resumed past zero: ${JSON.stringify(resumes)}`);
});
