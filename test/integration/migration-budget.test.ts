/**
 * The migration budget with a real broker, real agents (sim hypervisors)
 * and the real CLI: a host of 8 instances evacuated with --parallel 8 under
 * a fleet budget of 2 never has more than 2 migrations moving data (seen
 * in the job events and in the agents' lease log), every instance ends on
 * a target, the evacuation shows queued/running/done as it goes, and no
 * lease is left behind. The same evacuation without a budget runs more than
 * 2 at once (so the measure can see an overshoot). A holder killed with
 * SIGKILL while it holds the only lease has it taken over after the TTL.
 * A source killed mid-stream holds its lease again as soon as it is back,
 * until the recovered migration ends; one killed while queued queues again.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { connect, Fleet, getBudget, readProfile, type LeaseView } from "../../client/src/index.js";
import { decodeJson } from "../../proto/wire/index.js";
import { fleetRoot, spawnAgent, startAgent, type AgentProcess } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { hypervisorHost, TEST_PROFILES } from "../helpers/hypervisor.js";

const SRC = "src.example.com";
const TGT1 = "tgt1.example.com";
const TGT2 = "tgt2.example.com";
const TTL_MS = 2000;

const root = fleetRoot();
const broker = await startBroker();
const agents = new Map<string, AgentProcess>();
const spec = (identity: string) => hypervisorHost(root, identity, { slots: 20, hypervisor: { migration_budget: { lease_ttl: `${TTL_MS}ms` } } });
for (const identity of [SRC, TGT1, TGT2]) agents.set(identity, await startAgent(broker.url, spec(identity), root));
const client = await connect({ servers: [broker.url], caller: "tester", discoveryQuietMs: 150 });
const fleet = new Fleet(client);
const tiny = readProfile(join(TEST_PROFILES, "tiny.yaml"));
const ampm = (...args: string[]) => runAmpm([...args, "--server", broker.url], { env: { AMPM_PROFILES: TEST_PROFILES }, timeoutMs: 240_000 });
t.teardown(async () => {
  await client.close();
  for (const a of agents.values()) await a.stop();
  await broker.stop();
});

interface JobEvent {
  id: string;
  kind: string;
  host: string;
  instance: string;
  state: string;
  phase: string;
  message: string;
  updatedAtMs: number;
  result?: { counts?: { queued: number; running: number; done: number; failed: number } };
}

/** Every job event from now on, in arrival order. */
function recordJobs(): { events: JobEvent[]; stop: () => void } {
  const events: JobEvent[] = [];
  const sub = client.transport.subscribe("ampm.v1.event.job.>", (msg) => events.push(decodeJson(msg.data) as JobEvent));
  return { events, stop: () => sub.unsubscribe() };
}

const QUEUED = new Set(["queued", "begin"]);

/** The most migrations of `host` moving data at once: from the queued/begin phases to the job's end, by each job's own events. */
function mostInFlight(events: JobEvent[], host: string): number {
  const moving = new Set<string>();
  let most = 0;
  for (const e of events.filter((e) => e.kind === "migrate" && e.host === host)) {
    if (e.state === "running" && !QUEUED.has(e.phase)) moving.add(e.id);
    else moving.delete(e.id);
    most = Math.max(most, moving.size);
  }
  return most;
}

/** The most fleet leases held at once, from the holders' logs ("migration leases taken" / "released", with their times). */
function mostLeases(): number {
  const marks: [number, number][] = [];
  for (const a of agents.values()) {
    for (const e of a.entries()) {
      if (e.msg === "migration leases taken" && (e.leases as string[]).some((k) => k.startsWith("fleet."))) marks.push([e.time as number, 1]);
      if (e.msg === "migration leases released") marks.push([e.time as number, -1]);
    }
  }
  let held = 0;
  let most = 0;
  for (const [, d] of marks.sort((a, b) => a[0] - b[0] || a[1] - b[1])) most = Math.max(most, (held += d));
  return most;
}

async function where(host: string): Promise<string[]> {
  const { results } = await client.call("hypervisor", "instances", {}, { targets: [host], timeoutMs: 5000 }).collect();
  return results.flatMap((r) => (r.ok ? (r.data as { instances: { hostname: string }[] }).instances.map((i) => i.hostname) : []));
}

const TGT1_VOLUMES = () => join(agents.get(TGT1)!.dir, "state", "plugins", "dir", "volumes");

const names = Array.from({ length: 8 }, (_, i) => `vm${i}.example.com`);

t.test("ampm migrate budget sets the fleet-wide limits and shows them", async (t) => {
  const bad = await ampm("migrate", "budget", "--fleet", "-1");
  t.equal(bad.code, 2, `a negative limit is a usage error: ${bad.stderr.trim()}`);
  const wrong = await ampm("migrate", "vm0.example.com", "--fleet", "2");
  t.equal(wrong.code, 2, "the budget flags go with ampm migrate budget only");
  t.match(wrong.stderr, /go with ampm migrate budget/);
  const set = await ampm("migrate", "budget", "--fleet", "2", "--per-source", "0", "--per-target", "0");
  t.equal(set.code, 0, set.stderr);
  t.match(set.stdout, /fleet\s+2/);
  t.match(set.stdout, /per source\s+no limit/);
  t.match(set.stdout, /no leases held/);
  const json = await ampm("migrate", "budget", "--json");
  t.same(JSON.parse(json.stdout), { limits: { fleet: 2, perSource: 0, perTarget: 0 }, leases: [] });
});

t.test("an evacuation of 8 instances under a fleet budget of 2: never more than 2 moving, all on targets, counts shown", async (t) => {
  for (const name of names) {
    await fleet.create(tiny, name, { container: SRC });
    const { instance } = await fleet.locate(name);
    writeFileSync(join(instance.volumes[0]!.path, "data.txt"), `data of ${name}\n`);
  }
  const jobs = recordJobs();
  const started = Date.now();
  const running = ampm("migrate", "--all", "--from", SRC, "--parallel", "8", "--json");
  // While it runs: the leases held, read from the bucket as `ampm migrate budget` reads it, until the CLI is done.
  let over = false;
  void running.finally(() => (over = true));
  const samples: LeaseView[][] = [];
  while (!over) {
    samples.push((await getBudget(client.transport)).leases);
    await sleep(50);
  }
  const held = samples.filter((s) => s.length > 0);
  t.ok(held.length > 0, `leases were seen held during the evacuation (${held.length} of ${samples.length} reads)`);
  t.ok(
    held.every((s) => s.length <= 2 && s.every((l) => /^fleet\.\d$/.test(l.key) && names.includes(l.instance) && l.source === SRC && l.holder === SRC && [TGT1, TGT2].includes(l.target))),
    `never more than 2, each a fleet lease held by ${SRC} for one of its migrations: ${JSON.stringify(held.find((s) => s.length > 2) ?? held[0])}`,
  );
  const run = await running;
  const seconds = (Date.now() - started) / 1000;
  jobs.stop();
  t.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout) as { job: { result: { migrated: string[]; counts: Record<string, number> } } };
  t.equal(result.job.result.migrated.length, 8, "8 migrated");
  t.same(result.job.result.counts, { queued: 0, running: 0, done: 8, failed: 0 }, "the final counts, in --json");

  const inFlight = mostInFlight(jobs.events, SRC);
  t.equal(inFlight, 2, `at most 2 migrations moving data at once, by the job events, and 2 reached (${seconds.toFixed(1)} s in all)`);
  t.equal(mostLeases(), 2, "at most 2 fleet leases held at once, by the holders' log times");
  const queuedBy = jobs.events.filter((e) => e.kind === "migrate" && e.phase === "queued" && e.message.startsWith("waiting"));
  t.ok(queuedBy.length >= 1, "migrations waited in the queued phase");
  t.match(queuedBy[0]?.message, /waiting for a fleet lease \(at most 2/, "and said what for");
  const evacuation = jobs.events.filter((e) => e.kind === "evacuate" && e.result?.counts);
  t.ok(
    evacuation.some((e) => e.result!.counts!.queued > 0 && e.result!.counts!.running > 0),
    `the evacuation showed queued and running as it went: ${evacuation.map((e) => e.message).slice(0, 4).join(" | ")}`,
  );
  t.ok(evacuation.every((e) => e.result!.counts!.running <= 2), "never more than 2 running in its counts");
  t.same(evacuation.at(-1)?.result?.counts, { queued: 0, running: 0, done: 8, failed: 0 }, "and at the end, all done");

  t.same(await where(SRC), [], "nothing left on the source");
  const moved = [...(await where(TGT1)), ...(await where(TGT2))].sort();
  t.same(moved, names, "every instance on a target, once");
  const budget = JSON.parse((await ampm("migrate", "budget", "--json")).stdout) as { leases: unknown[] };
  t.same(budget.leases, [], "no lease left behind");
});

t.test("control: the same evacuation without a budget moves more than 2 at once", async (t) => {
  t.equal((await ampm("migrate", "budget", "--fleet", "0")).code, 0);
  const onTgt1 = await where(TGT1);
  t.ok(onTgt1.length >= 3, `${TGT1} has ${onTgt1.length} instances to move`);
  const jobs = recordJobs();
  // Back onto the source only: the plan would otherwise spread them over both hosts.
  await fleet.setEnabled(TGT2, false, "control");
  const run = await ampm("migrate", "--all", "--from", TGT1, "--parallel", "8", "--jsonl");
  await fleet.setEnabled(TGT2, true);
  jobs.stop();
  t.equal(run.code, 0, run.stderr);
  t.comment(`ampm migrate --all --from ${TGT1} --parallel 8 --jsonl:\n${run.stdout}`);
  const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { kind?: string; queued?: number; running?: number; done?: number; job?: { result: { counts: unknown } } });
  const progress = lines.filter((l) => l.kind === "progress");
  t.ok(progress.length >= 1 && progress.every((p) => typeof p.queued === "number" && typeof p.running === "number" && typeof p.done === "number"), "--jsonl: a progress line each time the counts change");
  t.same(lines.at(-1)?.job?.result.counts, { queued: 0, running: 0, done: onTgt1.length, failed: 0 }, "then the result, with the final counts");
  t.ok(mostInFlight(jobs.events, TGT1) > 2, `more than 2 moving at once without a budget (${mostInFlight(jobs.events, TGT1)})`);
});

t.test("a holder killed with SIGKILL while holding the only lease: another migration takes it over after the TTL", async (t) => {
  t.equal((await ampm("migrate", "budget", "--fleet", "1")).code, 0);
  const [victimVm] = await where(SRC);
  const [otherVm] = await where(TGT2);
  t.ok(victimVm && otherVm, `an instance on each of ${SRC} and ${TGT2}`);
  const holder = agents.get(SRC)!;
  await holder.stop();
  // Killed right after it took its leases and journaled "stop" (AMPM_CRASH_AT: SIGKILL at that step).
  agents.set(SRC, await spawnAgent({ ...holder.spec, env: { AMPM_CRASH_AT: "migrate:stop" } }, holder.dir, holder.configFile));
  void fleet.migrate(victimVm!, TGT1, { wait: false }).catch(() => undefined);
  const code = await Promise.race([agents.get(SRC)!.exited, sleep(60_000).then(() => "still running")]);
  t.equal(agents.get(SRC)!.process.signalCode, "SIGKILL", `${SRC} was killed holding its lease (${String(code)})`);
  const killedAt = Date.now();
  const leases = JSON.parse((await ampm("migrate", "budget", "--json")).stdout) as { leases: { key: string; holder: string }[] };
  t.same(leases.leases.map((l) => [l.key, l.holder]), [["fleet.0", SRC]], "the dead holder's lease is still there");
  const shown = (await ampm("migrate", "budget")).stdout;
  t.comment(`ampm migrate budget, with the dead holder's lease:\n${shown}`);
  t.match(shown, new RegExp(`^fleet\\.0\\s+${victimVm!.replace(/\./g, "\\.")}\\s+src\\.example\\.com -> tgt1\\.example\\.com\\s+src\\.example\\.com\\s+\\d+ s ago$`, "m"), "ampm migrate budget lists it: lease, instance, migration, holder, last refreshed");

  const jobs = recordJobs();
  const job = await fleet.migrate(otherVm!, TGT1);
  jobs.stop();
  t.equal(job.state, "done", job.message);
  const mine = jobs.events.filter((e) => e.id === job.id);
  const queued = mine.find((e) => e.phase === "queued");
  const moving = mine.find((e) => e.phase === "stop");
  t.ok(queued && moving, "it waited (queued), then moved");
  const waited = moving!.updatedAtMs - killedAt;
  t.ok(waited >= TTL_MS, `taken over no sooner than the TTL after the kill (${waited} ms >= ${TTL_MS} ms)`);
  t.ok(waited < TTL_MS + 15_000, `and not much later (${waited} ms)`);
  t.ok(agents.get(TGT2)!.entries().some((e) => e.msg === "took over a migration lease its holder stopped refreshing"), "the new holder logged the takeover");
  t.same((await where(TGT1)).filter((n) => n === otherVm), [otherVm], `${otherVm} is on ${TGT1}`);

  // The killed host comes back: its migration (killed before any data moved) rolls back; the instance stays, once.
  agents.set(SRC, await spawnAgent({ ...holder.spec, env: {} }, holder.dir, holder.configFile));
  const deadline = Date.now() + 60_000;
  while ((await fleet.jobs()).some((j) => j.instance === victimVm && j.state === "running") && Date.now() < deadline) await sleep(300);
  t.same((await where(SRC)).filter((n) => n === victimVm), [victimVm], `${victimVm} is still on ${SRC}`);
  t.same((await where(TGT1)).filter((n) => n === victimVm), [], `and not on ${TGT1}`);
  const after = JSON.parse((await ampm("migrate", "budget", "--json")).stdout) as { leases: unknown[] };
  t.same(after.leases, [], "no lease left behind");
});

t.test("the source killed mid-stream holding the only lease: back up, it holds it again until the recovered migration ends; others wait", async (t) => {
  t.equal((await ampm("migrate", "budget", "--fleet", "1")).code, 0);
  const victimVm = "midstream.example.com";
  await fleet.create(tiny, victimVm, { container: SRC });
  const bulk = randomBytes(24 * 1024 * 1024);
  writeFileSync(join((await fleet.locate(victimVm)).instance.volumes[0]!.path, "bulk.bin"), bulk);
  const [otherVm] = await where(TGT2);
  t.ok(otherVm, `an instance on ${TGT2} to move meanwhile`);

  const holder = agents.get(SRC)!;
  await holder.stop();
  agents.set(SRC, await spawnAgent({ ...holder.spec, env: { AMPM_CRASH_AT: "migrate:streamed-half" } }, holder.dir, holder.configFile));
  const jobs = recordJobs();
  void fleet.migrate(victimVm, TGT1, { wait: false }).catch(() => undefined);
  const code = await Promise.race([agents.get(SRC)!.exited, sleep(60_000).then(() => "still running")]);
  t.equal(agents.get(SRC)!.process.signalCode, "SIGKILL", `${SRC} was killed half way through the stream (${String(code)})`);
  agents.set(SRC, await spawnAgent({ ...holder.spec, env: {} }, holder.dir, holder.configFile));
  const back = agents.get(SRC)!;
  const other = fleet.migrate(otherVm!, TGT1);

  const deadline = Date.now() + 90_000;
  while ((await fleet.jobs()).some((j) => j.instance === victimVm && j.state === "running") && Date.now() < deadline) await sleep(300);
  const otherJob = await other;
  jobs.stop();
  const victimJob = (await fleet.jobs()).find((j) => j.instance === victimVm && j.kind === "migrate");
  t.equal(victimJob?.state, "done", `the recovered migration finished: ${victimJob?.message}`);
  t.equal(otherJob.state, "done", otherJob.message);
  const retaken = back.entries().find((e) => e.msg === "migration leases taken" && e.recovered === true);
  t.same(retaken?.leases, ["fleet.0"], `${SRC}, back, took its fleet lease again at once`);
  const victimEnd = jobs.events.filter((e) => e.instance === victimVm && e.state === "done").at(-1)?.updatedAtMs ?? Infinity;
  const otherMoving = jobs.events.find((e) => e.id === otherJob.id && e.phase === "stop")?.updatedAtMs ?? 0;
  t.ok(otherMoving >= victimEnd - 1000, `the other migration moved only once the recovered one was over (${otherMoving - victimEnd} ms after it)`);
  t.ok(jobs.events.some((e) => e.id === otherJob.id && e.phase === "queued" && /waiting for a fleet lease/.test(e.message)), "it waited for the fleet lease meanwhile");
  t.same(await where(TGT1).then((l) => l.filter((n) => n === victimVm)), [victimVm], `${victimVm} is on ${TGT1}`);
  t.ok(readFileSync(join(TGT1_VOLUMES(), `${victimVm}-root`, "bulk.bin")).equals(bulk), "its 24 MiB intact");
  const after = JSON.parse((await ampm("migrate", "budget", "--json")).stdout) as { leases: unknown[] };
  t.same(after.leases, [], "no lease left behind");
});

t.test("the source killed while its migration is queued: back up, it queues again and the migration goes on", async (t) => {
  const [vm] = await where(SRC);
  t.ok(vm, `an instance on ${SRC}`);
  const holder = agents.get(SRC)!;
  await holder.stop();
  agents.set(SRC, await spawnAgent({ ...holder.spec, env: { AMPM_CRASH_AT: "migrate:queued" } }, holder.dir, holder.configFile));
  void fleet.migrate(vm!, TGT2, { wait: false }).catch(() => undefined);
  const code = await Promise.race([agents.get(SRC)!.exited, sleep(60_000).then(() => "still running")]);
  t.equal(agents.get(SRC)!.process.signalCode, "SIGKILL", `${SRC} was killed with the migration queued (${String(code)})`);
  agents.set(SRC, await spawnAgent({ ...holder.spec, env: {} }, holder.dir, holder.configFile));
  const deadline = Date.now() + 90_000;
  while ((await fleet.jobs()).some((j) => j.instance === vm && j.kind === "migrate" && j.state === "running") && Date.now() < deadline) await sleep(300);
  const job = (await fleet.jobs()).find((j) => j.instance === vm && j.kind === "migrate");
  t.equal(job?.state, "done", `the migration went on after the restart: ${job?.message}`);
  t.same(await where(TGT2).then((l) => l.filter((n) => n === vm)), [vm], `${vm} is on ${TGT2}`);
  t.same(await where(SRC).then((l) => l.filter((n) => n === vm)), [], `and not on ${SRC}`);
});
