import t from "tap";
import { RecentIds } from "../../agents/src/dedup.js";

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
