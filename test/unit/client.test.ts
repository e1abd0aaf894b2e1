/**
 * The client library against real Agent objects on an in-memory transport:
 * discovery, direct fan-out, summaries, batches, limits.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import t, { type Test } from "tap";
import { resolveConfig } from "../../agents/src/config.js";
import { Agent } from "../../agents/src/daemon.js";
import { SECURITY_DEFAULTS } from "../../agents/src/security/index.js";
import { Client, exitCodeFor, parseLimit, resolveOptions, type HostResult } from "../../client/src/index.js";
import { MemoryBroker } from "../helpers/memory-transport.js";

async function fleet(t: Test, n: number) {
  const broker = new MemoryBroker();
  const dir = mkdtempSync(join(tmpdir(), "ampm-client-"));
  const agents: Agent[] = [];
  for (let i = 1; i <= n; i++) {
    const config = resolveConfig(
      {},
      { identity: `h${i}.example.com`, tags: i % 2 ? ["odd"] : ["even"], facts: { n: i }, state_dir: join(dir, String(i)), security: { ...SECURITY_DEFAULTS, mode: "dev", audit_stream: false } },
    );
    agents.push(await Agent.start({ config, log: pino({ level: "silent" }), transport: broker.connect() }));
  }
  const client = new Client(broker.connect(), resolveOptions({ caller: "tester", discoveryQuietMs: 30, discoveryTimeoutMs: 500, graceMs: 100 }));
  t.teardown(async () => {
    await Promise.all(agents.map((a) => a.stop()));
    rmSync(dir, { recursive: true, force: true });
  });
  return { client, agents, broker };
}

t.test("discover with each filter form", async (t) => {
  const { client } = await fleet(t, 5);
  t.same(await client.discover(), ["h1.example.com", "h2.example.com", "h3.example.com", "h4.example.com", "h5.example.com"]);
  t.same(await client.discover({ tags: ["even"] }), ["h2.example.com", "h4.example.com"]);
  t.same(await client.discover({ facts: ["n>=4"] }), ["h4.example.com", "h5.example.com"]);
  t.same(await client.discover({ identity: ["h1*", "/^h3/"] }), ["h1.example.com", "h3.example.com"]);
  t.same(await client.discover({ where: "odd and n > 1" }), ["h3.example.com", "h5.example.com"]);
  t.same(await client.discover({ where: "n = 99" }), []);
  t.same(await client.discover({ identity: ["h9.example.com", "h2.example.com"] }, { method: "static" }), ["h9.example.com", "h2.example.com"]);
});

t.test("call: results per host and an exact summary", async (t) => {
  const { client } = await fleet(t, 3);
  const { results, summary } = await client.call("rpcutil", "echo", { message: "x" }, { targets: ["h1.example.com", "h2.example.com", "h7.example.com"], timeoutMs: 200 }).collect();
  t.same(results.map((r: HostResult) => r.sender).sort(), ["h1.example.com", "h2.example.com"]);
  t.same(results[0]!.data, { message: "x" });
  t.equal(summary.ok, 2);
  t.same(summary.noResponse, ["h7.example.com"]);
  t.equal(exitCodeFor(summary), 4);
});

t.test("call: failures are data, with status and message", async (t) => {
  const { client } = await fleet(t, 2);
  const { results, summary } = await client.call("rpcutil", "echo", { delay_ms: 1000 }, { filter: { identity: ["h1.example.com"] }, timeoutMs: 50 }).collect();
  t.equal(results.length, 1);
  t.equal(results[0]!.status, "TIMEOUT");
  t.same(summary.failed.map((f) => f.status), ["TIMEOUT"]);
  t.equal(exitCodeFor(summary), 1);
  const none = await client.call("rpcutil", "ping", {}, { filter: { tags: ["nope"] } }).summary;
  t.equal(none.discovered, 0);
  t.equal(exitCodeFor(none), 3);
});

t.test("call: batches ask a few hosts at a time, each batch its own request", async (t) => {
  const { client } = await fleet(t, 5);
  const started = performance.now();
  const run = client.call("rpcutil", "ping", {}, { batch: 2, batchSleepMs: 50 });
  const { summary } = await run.collect();
  t.equal(summary.ok, 5);
  t.equal(summary.requestIds.length, 3, "three batches");
  t.equal(new Set(summary.requestIds).size, 3);
  t.ok(performance.now() - started >= 100, "slept between batches");
});

t.test("call: limit picks a random subset", async (t) => {
  const { client } = await fleet(t, 5);
  t.equal((await client.call("rpcutil", "ping", {}, { limit: 2 }).summary).discovered, 2);
  t.equal((await client.call("rpcutil", "ping", {}, { limit: "40%" }).summary).discovered, 2);
  const table: [number | string, number, number][] = [
    [1, 10, 1],
    [20, 10, 10],
    ["10%", 10, 1],
    ["15%", 10, 2],
    ["1%", 3, 1],
    ["100%", 7, 7],
  ];
  for (const [limit, count, expected] of table) t.equal(parseLimit(limit, count), expected, `${limit} of ${count}`);
  t.throws(() => parseLimit("0", 5), RangeError);
  t.throws(() => parseLimit("x%", 5), RangeError);
});

t.test("static calls still carry the non-identity filter", async (t) => {
  const { client } = await fleet(t, 2);
  const { results } = await client.call("rpcutil", "ping", {}, { targets: ["h1.example.com", "h2.example.com"], filter: { tags: ["odd"] } }).collect();
  const byHost = Object.fromEntries(results.map((r) => [r.sender, r.status]));
  t.same(byHost, { "h1.example.com": "OK", "h2.example.com": "ABORTED" });
});
