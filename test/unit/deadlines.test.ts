import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { Deadlines } from "../../agents/src/deadlines.js";

t.test("deadlines fire in order, cancelled ones never", async (t) => {
  const deadlines = new Deadlines();
  const fired: string[] = [];
  const now = Date.now();
  deadlines.add(now + 60, () => fired.push("c"));
  const cancelB = deadlines.add(now + 40, () => fired.push("b"));
  deadlines.add(now + 20, () => fired.push("a"));
  deadlines.add(now + 5000, () => fired.push("late"));
  cancelB();
  cancelB();
  await sleep(150);
  t.same(fired, ["a", "c"]);
  t.equal(deadlines.size, 1, "the late one is still pending");
});

t.test("an earlier deadline re-arms the timer", async (t) => {
  const deadlines = new Deadlines();
  const fired: number[] = [];
  const now = Date.now();
  deadlines.add(now + 10_000, () => fired.push(2));
  deadlines.add(now + 10, () => fired.push(1));
  await sleep(60);
  t.same(fired, [1]);
});

t.test("many cancelled entries are compacted away", async (t) => {
  const deadlines = new Deadlines();
  const now = Date.now();
  const cancels = Array.from({ length: 5000 }, (_, i) => deadlines.add(now + 60_000 + i, () => t.fail("cancelled deadline fired")));
  for (const cancel of cancels) cancel();
  t.equal(deadlines.size, 0);
  let fired = false;
  deadlines.add(now + 5, () => (fired = true));
  await sleep(40);
  t.ok(fired);
});
