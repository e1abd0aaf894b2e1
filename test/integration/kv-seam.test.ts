/**
 * The key-value seam of the transport, one contract run twice: on a real
 * nats-server (JetStream KV) and on the in-memory transport of unit tests.
 */
import t from "tap";
import { setTimeout as sleep } from "node:timers/promises";
import { connectTransport, type KvStore, type Transport } from "../../proto/wire/index.js";
import { startBroker } from "../helpers/broker.js";
import { MemoryBroker } from "../helpers/memory-transport.js";

const broker = await startBroker();
const nats = await connectTransport({ servers: [broker.url] });
t.teardown(async () => {
  await nats.close();
  await broker.stop();
});

const text = (s: string) => new TextEncoder().encode(s);
const read = (v: Uint8Array | undefined) => (v ? new TextDecoder().decode(v) : undefined);

function contract(label: string, transport: Transport): void {
  const kv = (): KvStore => transport.kv!();
  t.test(`${label}: put, get, create if absent, compare-and-set, delete, entries`, async (t) => {
    t.equal(await kv().open("seam-missing"), null, "a bucket that does not exist opens as null");
    const bucket = await kv().ensure({ name: "seam-a" });
    t.ok(await kv().open("seam-a"), "ensure created it");
    t.equal(await bucket.get("nothing"), null);
    const r1 = await bucket.put("h1.example.com", text("one"));
    const got = await bucket.get("h1.example.com");
    t.equal(read(got?.value), "one");
    t.equal(got?.revision, r1);
    t.ok(Math.abs(got!.timeMs - Date.now()) < 5000, "the entry says when it was written");
    t.equal(await bucket.create("h1.example.com", text("again")), null, "create refuses a key that has a value");
    const c = await bucket.create("h2.example.com", text("two"));
    t.type(c, "number", "create writes a key that has none");
    t.equal(await bucket.update("h2.example.com", text("stale"), r1), null, "update with an old revision is refused");
    const u = await bucket.update("h2.example.com", text("two-b"), c!);
    t.ok(u !== null && u > c!, "update with the latest revision writes");
    t.same((await bucket.entries()).map((e) => [e.key, read(e.value)]).sort(), [["h1.example.com", "one"], ["h2.example.com", "two-b"]]);
    t.equal(await bucket.delete("h1.example.com", r1 + 1000), false, "a delete with another revision is refused");
    t.equal(await bucket.delete("h1.example.com", r1), true, "a delete with the latest revision deletes");
    t.equal(await bucket.get("h1.example.com"), null, "deleted");
    t.same(await bucket.keys(), ["h2.example.com"], "a deleted key is not listed");
    t.type(await bucket.create("h1.example.com", text("reborn")), "number", "a deleted key can be created again");
    const seen: (string | null)[] = [];
    const stop = bucket.watch("h2.example.com", (e) => seen.push(e ? read(e.value)! : null));
    await sleep(300);
    await bucket.put("h2.example.com", text("three"));
    await bucket.put("other", text("not watched"));
    await bucket.delete("h2.example.com");
    for (const deadline = Date.now() + 5000; seen.length < 3 && Date.now() < deadline; ) await sleep(50);
    stop();
    t.same(seen, ["two-b", "three", null], "a watch sees the current value, each new one, and the delete; not other keys");
    const empty = await kv().ensure({ name: "seam-empty" });
    t.same(await empty.entries(), [], "an empty bucket lists nothing (and does not hang)");
  });

  t.test(`${label}: the bucket's max age removes entries not written again`, async (t) => {
    const memory = transport !== nats;
    const bucket = await kv().ensure({ name: "seam-aged", maxAgeMs: 3000 });
    const started = Date.now();
    await bucket.put("old", text("x"));
    await bucket.put("kept", text("x"));
    if (memory) memoryBroker.now = () => started + 1500;
    else await sleep(1500);
    await bucket.put("kept", text("y"));
    // The broker expires on its own timer: wait for the old entry to go (a bounded wait), then the other must still be there.
    if (memory) memoryBroker.now = () => started + 3100;
    const deadline = Date.now() + 8000;
    while ((await bucket.get("old")) !== null && Date.now() < deadline) await sleep(200);
    t.equal(await bucket.get("old"), null, "the entry not written again is gone after the max age");
    t.same(await bucket.keys(), ["kept"], "the entry written again within the max age stays");
    t.ok((await bucket.create("old", text("z"))) !== null, "an expired key can be created again");
    memoryBroker.now = Date.now;
  });
}

const memoryBroker = new MemoryBroker();
contract("nats-server", nats);
contract("in memory", memoryBroker.connect());
