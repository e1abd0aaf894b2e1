import t from "tap";
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IdJournal, RecentIds } from "../../agents/src/dedup.js";

t.test("an id is a duplicate until it expires", async (t) => {
  const ids = new RecentIds();
  t.equal(ids.seen("a", 2000, 1000), false);
  t.equal(ids.seen("a", 2000, 1500), true);
  t.equal(ids.seen("a", 2000, 2000), true);
  t.equal(ids.seen("a", 4000, 2001), false, "after its expiry the id is new again (the ttl check refuses such requests)");
});

t.test("expired ids are pruned and capacity is kept", async (t) => {
  const ids = new RecentIds(100);
  for (let i = 0; i < 50; i++) ids.seen(`old${i}`, 1500, 1000);
  for (let i = 0; i < 10; i++) ids.seen(`new${i}`, 9000, 3000);
  t.equal(ids.size, 10, "expired ones went at the next prune");
  for (let i = 0; i < 500; i++) ids.seen(`many${i}`, 9000, 3001);
  t.ok(ids.size <= 101, `bounded (${ids.size})`);
  t.equal(ids.seen("many499", 9000, 3002), true, "the newest are kept");
});

t.test("the id journal: what a run kept is loaded by the next, from the not-before time on", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "ampm-ids-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  let now = 10_000;
  const errors: Error[] = [];
  const first = new IdJournal(dir, 5000, (e) => errors.push(e), () => now);
  first.record("old", 1000, 99_000);
  first.record("a", 9000, 99_000);
  now = 12_000;
  first.record("b", 11_500, 99_000);
  // A crash: nothing closed, a line cut short.
  appendFileSync(join(dir, "request-ids.current"), '[11600,99000,"cu');
  const second = new IdJournal(dir, 5000, (e) => errors.push(e), () => now);
  t.same(second.load(5000).map((e) => e.id), ["a", "b"], "ids created before the not-before time are left out; the cut line skipped");

  // Generations: after one generation the current file becomes the previous one; older ones go.
  now = 20_000;
  second.record("c", 19_900, 99_000);
  now = 26_000;
  second.record("d", 25_900, 99_000);
  t.same(new IdJournal(dir, 5000, () => undefined).load(0).map((e) => e.id).sort(), ["c", "d"], "the last two generations");
  t.same(readdirSync(dir).sort(), ["request-ids.current", "request-ids.previous"]);
  t.same(errors, []);
});

t.test("the id journal on a disk it cannot write: told once, tried again a generation later", async (t) => {
  const root = mkdtempSync(join(tmpdir(), "ampm-ids-"));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  const dir = join(root, "later");
  const errors: Error[] = [];
  let now = 1000;
  const journal = new IdJournal(dir, 5000, (e) => errors.push(e), () => now);
  journal.record("a", 1000, 9000);
  now = 2000;
  journal.record("b", 2000, 9000);
  t.equal(errors.length, 1, `told once: ${errors[0]?.message}`);
  mkdirSync(dir);
  now = 4000;
  journal.record("c", 4000, 9000);
  t.same(journal.load(0), [], "not before a generation has passed");
  now = 6000;
  journal.record("d", 6000, 9000);
  t.same(journal.load(0).map((e) => e.id), ["d"], "then it writes again");
  t.equal(errors.length, 1);
});
