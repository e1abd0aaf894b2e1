/**
 * The migration budget (agents/src/budget) on the in-memory KV: limits
 * honoured by concurrent acquirers in every scope, fleet-wide limits from
 * the bucket over the defaults, a lease not refreshed taken over after its
 * TTL (and not before), leases given back when the work fails or is
 * aborted, none left behind, and no budget without buckets.
 */
import { pino } from "pino";
import t from "tap";
import { MigrationBudget, type Leases } from "../../agents/src/budget/index.js";
import type { KvStore } from "../../proto/wire/index.js";
import { encodeLimits, MIGRATION_BUDGET_BUCKET, MIGRATION_LEASES_BUCKET, BUDGET_LIMITS_KEY, type BudgetLimits } from "../../proto/domain/index.js";
import { MemoryBroker } from "../helpers/memory-transport.js";

const log = pino({ level: "silent" });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function budget(kv: KvStore | undefined, defaults: Partial<BudgetLimits>, ttlMs = 10_000, identity = "h0"): MigrationBudget {
  return new MigrationBudget({ kv, identity, defaults: { fleet: 0, perSource: 0, perTarget: 0, ...defaults }, ttlMs, pollMs: 10, log });
}

async function leftOver(kv: KvStore): Promise<string[]> {
  return (await (await kv.ensure({ name: MIGRATION_LEASES_BUCKET })).keys()).sort();
}

/** Runs `n` migrations (source and target chosen by `route`), each holding its leases for a few ms; the most seen in flight, overall and per host. */
async function run(b: (i: number) => MigrationBudget, n: number, route: (i: number) => { source: string; target: string }): Promise<{ fleet: number; source: Map<string, number>; target: Map<string, number> }> {
  let inFlight = 0;
  const bySource = new Map<string, number>();
  const byTarget = new Map<string, number>();
  const most = { fleet: 0, source: new Map<string, number>(), target: new Map<string, number>() };
  const bump = (m: Map<string, number>, top: Map<string, number>, k: string, d: number) => {
    m.set(k, (m.get(k) ?? 0) + d);
    top.set(k, Math.max(top.get(k) ?? 0, m.get(k) ?? 0));
  };
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const { source, target } = route(i);
      const leases = await b(i).acquire({ migration: `m${i}`, instance: `i${i}`, source, target });
      inFlight++;
      most.fleet = Math.max(most.fleet, inFlight);
      bump(bySource, most.source, source, 1);
      bump(byTarget, most.target, target, 1);
      await sleep(5 + Math.random() * 20);
      inFlight--;
      bump(bySource, most.source, source, -1);
      bump(byTarget, most.target, target, -1);
      await leases.release();
    }),
  );
  return most;
}

t.test("a fleet limit holds under 12 concurrent acquirers on 4 agents; nothing is left behind", async (t) => {
  const broker = new MemoryBroker();
  const kv = broker.connect().kv!();
  const agents = [0, 1, 2, 3].map((h) => budget(kv, { fleet: 3 }, 10_000, `h${h}`));
  const most = await run((i) => agents[i % 4]!, 12, (i) => ({ source: `h${i % 4}`, target: `t${i % 3}` }));
  t.equal(most.fleet, 3, "at most 3 at once, and 3 reached");
  t.same(await leftOver(kv), [], "every lease given back");
});

t.test("per-source and per-target limits hold", async (t) => {
  const broker = new MemoryBroker();
  const kv = broker.connect().kv!();
  const b = budget(kv, { perSource: 2, perTarget: 1 });
  const most = await run(() => b, 16, (i) => ({ source: `s${i % 2}`, target: `t${i % 4}` }));
  t.ok(Math.max(...most.source.values()) <= 2, `at most 2 out of a host (${[...most.source.values()]})`);
  t.equal(Math.max(...most.target.values()), 1, "at most 1 into a host");
  t.ok(most.fleet >= 2 && most.fleet <= 4, `no fleet limit: as many as the hosts allow (${most.fleet})`);
  t.same(await leftOver(kv), []);
});

t.test("without a limit, nothing is taken; without a limit anywhere, no lease at all", async (t) => {
  const broker = new MemoryBroker();
  const kv = broker.connect().kv!();
  const leases = await budget(kv, {}).acquire({ migration: "m", instance: "i", source: "a", target: "b" });
  t.same(leases.keys, []);
  const some = await budget(kv, { perTarget: 1 }).acquire({ migration: "m2", instance: "i", source: "a", target: "b" });
  t.same(some.keys, ["target.b.0"]);
  await some.release();
});

t.test("the bucket's limits override the defaults, field by field", async (t) => {
  const broker = new MemoryBroker();
  const kv = broker.connect().kv!();
  const b = budget(kv, { fleet: 5, perSource: 2, perTarget: 2 });
  t.same(await b.limits(), { fleet: 5, perSource: 2, perTarget: 2 });
  await (await kv.ensure({ name: MIGRATION_BUDGET_BUCKET })).put(BUDGET_LIMITS_KEY, encodeLimits({ fleet: 1 }));
  t.same(await b.limits(), { fleet: 1, perSource: 2, perTarget: 2 });
  const first = await b.acquire({ migration: "m1", instance: "i1", source: "a", target: "b" });
  let second: Leases | undefined;
  const waits: string[] = [];
  const pending = b.acquire({ migration: "m2", instance: "i2", source: "c", target: "d" }, (why) => waits.push(why)).then((l) => (second = l));
  await sleep(80);
  t.equal(second, undefined, "the second waits: the fleet limit is 1");
  t.match(waits, [/fleet lease \(at most 1/], "and says why");
  await first.release();
  await pending;
  t.ok(second, "it goes once the first is released");
  await second!.release();
});

t.test("a holder that stops refreshing loses its lease after the TTL, not before; a live holder keeps it", async (t) => {
  const broker = new MemoryBroker();
  const kv = broker.connect().kv!();
  const ttl = 300;
  const live = await budget(kv, { fleet: 1 }, ttl, "alive").acquire({ migration: "live", instance: "i", source: "a", target: "b" });
  let got = false;
  const waiter = budget(kv, { fleet: 1 }, ttl, "waiter");
  const abort = new AbortController();
  const attempt = waiter.acquire({ migration: "w", instance: "j", source: "c", target: "d" }, undefined, abort.signal).then(() => (got = true));
  await sleep(3 * ttl);
  t.notOk(got, "a refreshed lease is never taken over");
  abort.abort(new Error("gave up"));
  await t.rejects(attempt, /gave up/, "waiting can be given up");
  await live.release();

  const dead = await budget(kv, { fleet: 1 }, ttl, "dead").acquire({ migration: "dead", instance: "i", source: "a", target: "b" });
  dead.abandon(); // as if SIGKILLed: no more refreshes, nothing given back
  const started = Date.now();
  const taken = await waiter.acquire({ migration: "w2", instance: "j", source: "c", target: "d" });
  const waited = Date.now() - started;
  t.ok(waited >= ttl, `taken over after the TTL (${waited} ms >= ${ttl} ms)`);
  t.ok(waited < ttl * 3, `and soon after it (${waited} ms)`);
  t.same(taken.keys, ["fleet.0"]);
  t.same(await leftOver(kv), ["fleet.0"]);
  await dead.release(); // the old holder comes back: it must not delete the new holder's lease
  t.same(await leftOver(kv), ["fleet.0"], "the dead holder's release leaves the new lease alone");
  await taken.release();
  t.same(await leftOver(kv), []);
});

t.test("an agent restarted takes back, at once, the leases it held before (another agent waits for the TTL)", async (t) => {
  const broker = new MemoryBroker();
  const kv = broker.connect().kv!();
  const ttl = 5000;
  const before = await budget(kv, { fleet: 1, perSource: 1 }, ttl, "src").acquire({ migration: "old", instance: "i", source: "src", target: "b" });
  before.abandon(); // killed
  const other = budget(kv, { fleet: 1 }, ttl, "elsewhere");
  let otherGot = false;
  const abort = new AbortController();
  const pending = other.acquire({ migration: "o", instance: "k", source: "c", target: "d" }, undefined, abort.signal).then((l) => ((otherGot = true), l.release()));
  const restarted = budget(kv, { fleet: 1, perSource: 1 }, ttl, "src");
  const started = Date.now();
  const again = await restarted.acquire({ migration: "new", instance: "j", source: "src", target: "b" });
  t.ok(Date.now() - started < ttl / 2, `at once (${Date.now() - started} ms)`);
  t.same(again.keys.sort(), ["fleet.0", "source.src.0"]);
  // Its own live leases are not orphans to itself: a second migration of the restarted agent waits.
  let secondGot = false;
  const second = restarted.acquire({ migration: "new2", instance: "l", source: "src", target: "e" }).then((l) => ((secondGot = true), l));
  await sleep(100);
  t.notOk(secondGot, "a second migration of the same agent waits for the live lease");
  t.notOk(otherGot, "and so does the other agent");
  await again.release();
  await (await second).release();
  abort.abort(new Error("done"));
  await pending.catch(() => undefined);
  t.same(await leftOver(kv), []);
});

t.test("a recovered migration takes back its own leases at once, not another's; a scope filled meanwhile is gone without, never waited for", async (t) => {
  const broker = new MemoryBroker();
  const kv = broker.connect().kv!();
  const ttl = 5000;
  const defaults = { fleet: 2, perSource: 2 };
  const before = budget(kv, defaults, ttl, "src");
  const a = await before.acquire({ migration: "A", instance: "a", source: "src", target: "t1" });
  const b = await before.acquire({ migration: "B", instance: "b", source: "src", target: "t2" });
  const slotsOf = (l: Leases) => l.keys.sort();
  const [heldA, heldB] = [slotsOf(a), slotsOf(b)];
  a.abandon();
  b.abandon(); // the agent is killed with both under way
  const restarted = budget(kv, defaults, ttl, "src");
  const started = Date.now();
  // Recovered in the order the journal lists them: each gets back the very slots it had, so neither is left without.
  const againB = await restarted.reclaim({ migration: "B", instance: "b", source: "src", target: "t2" });
  const againA = await restarted.reclaim({ migration: "A", instance: "a", source: "src", target: "t1" });
  t.ok(Date.now() - started < ttl / 2, `at once (${Date.now() - started} ms)`);
  t.same(slotsOf(againB), heldB, "B has its own slots again");
  t.same(slotsOf(againA), heldA, "and A its own");
  // A new migration of the same agent now waits: the recovered ones count.
  let newGot = false;
  const abort = new AbortController();
  const pending = restarted.acquire({ migration: "C", instance: "c", source: "src", target: "t3" }, undefined, abort.signal).then((l) => ((newGot = true), l.release()));
  await sleep(100);
  t.notOk(newGot, "a new migration waits for the recovered ones");
  abort.abort(new Error("done"));
  await pending.catch(() => undefined);

  // A scope filled while the holder was down: the recovered migration goes on without that lease, at once.
  await againA.release();
  await againB.release();
  const lost = await budget(kv, { fleet: 1 }, ttl, "elsewhere").acquire({ migration: "D", instance: "d", source: "x", target: "y" });
  const filled = budget(kv, { fleet: 1 }, ttl, "src");
  const without = await filled.reclaim({ migration: "A", instance: "a", source: "src", target: "t1" });
  t.same(without.keys, [], "nothing to take: it goes on without (logged), and holds nothing it must give back");
  await without.release();
  await lost.release();
  t.same(await leftOver(kv), [], "nothing left behind");
});

t.test("a holder that refreshes too late learns it lost the lease", async (t) => {
  const broker = new MemoryBroker();
  const kv = broker.connect().kv!();
  const bucket = await kv.ensure({ name: MIGRATION_LEASES_BUCKET });
  const ttl = 150;
  const leases = await budget(kv, { fleet: 1 }, ttl).acquire({ migration: "m", instance: "i", source: "a", target: "b" });
  const entry = await bucket.get("fleet.0");
  await bucket.update("fleet.0", new Uint8Array([123, 125]), entry!.revision); // someone took it over
  await sleep(ttl);
  t.same(leases.lost, ["fleet.0"]);
  t.same(leases.keys, []);
  await leases.release();
  t.same(await leftOver(kv), ["fleet.0"], "and does not delete the new holder's");
});

t.test("leases go back when the work fails, and a migration that restarts gets its own lease back", async (t) => {
  const broker = new MemoryBroker();
  const kv = broker.connect().kv!();
  const b = budget(kv, { fleet: 1, perSource: 1, perTarget: 1 });
  const work = async (): Promise<void> => {
    const leases = await b.acquire({ migration: "m", instance: "i", source: "a", target: "b" });
    try {
      t.equal(leases.keys.length, 3);
      throw new Error("export failed");
    } finally {
      await leases.release();
    }
  };
  await t.rejects(work(), /export failed/);
  t.same(await leftOver(kv), []);
  const first = await b.acquire({ migration: "again", instance: "i", source: "a", target: "b" });
  first.abandon();
  const resumed = await budget(kv, { fleet: 1, perSource: 1, perTarget: 1 }).acquire({ migration: "again", instance: "i", source: "a", target: "b" });
  t.same(resumed.keys.sort(), first.keys.sort(), "the same migration takes its own leases at once");
  await resumed.release();
  t.same(await leftOver(kv), []);
});

t.test("a waiting migration holds nothing: a full target does not block others", async (t) => {
  const broker = new MemoryBroker();
  const kv = broker.connect().kv!();
  const b = budget(kv, { fleet: 2, perTarget: 1 });
  const onB = await b.acquire({ migration: "m1", instance: "i1", source: "a", target: "b" });
  let waiting = false;
  const second = b.acquire({ migration: "m2", instance: "i2", source: "a", target: "b" }, () => (waiting = true));
  await sleep(50);
  t.ok(waiting);
  const third = await Promise.race([b.acquire({ migration: "m3", instance: "i3", source: "a", target: "c" }), sleep(500).then(() => undefined)]);
  t.ok(third, "a migration to another target takes the second fleet slot");
  await third!.release();
  await onB.release();
  await (await second).release();
  t.same(await leftOver(kv), []);
});

t.test("no buckets: no budget, said once", async (t) => {
  const lines: string[] = [];
  const logged = pino({ level: "info" }, { write: (s: string) => lines.push(s) });
  const b = new MigrationBudget({ kv: undefined, identity: "h", defaults: { fleet: 1, perSource: 1, perTarget: 1 }, ttlMs: 1000, log: logged });
  const a = await b.acquire({ migration: "m1", instance: "i", source: "a", target: "b" });
  const c = await b.acquire({ migration: "m2", instance: "i", source: "a", target: "b" });
  t.same([a.keys, c.keys], [[], []], "both go at once");
  t.equal(lines.filter((l) => l.includes("no migration budget")).length, 1);
  const refusing: KvStore = { ensure: async () => Promise.reject(new Error("jetstream not enabled")), open: async () => null };
  const lines2: string[] = [];
  const b2 = new MigrationBudget({ kv: refusing, identity: "h", defaults: { fleet: 1, perSource: 1, perTarget: 1 }, ttlMs: 1000, log: pino({ level: "info" }, { write: (s: string) => lines2.push(s) }) });
  await b2.acquire({ migration: "m1", instance: "i", source: "a", target: "b" });
  await b2.acquire({ migration: "m2", instance: "i", source: "a", target: "b" });
  t.equal(lines2.filter((l) => l.includes("no migration budget")).length, 1);
});
