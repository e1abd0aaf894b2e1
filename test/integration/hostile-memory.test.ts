/**
 * A storm of huge unique filters, sent as raw envelopes: every host keeps
 * answering and its memory stays bounded (filter caches are bounded by
 * bytes, oversized filters are refused before anything is kept).
 */
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { connect } from "../../client/src/index.js";
import type { ampm } from "../../proto/wire/index.js";
import { startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { hostileBroadcast } from "../helpers/hostile.js";

const HOSTS = ["container1.example.com", "container2.example.com", "container3.example.com"];
const broker = await startBroker();
const fleet = await startFleet(broker.url, HOSTS.map((identity) => ({ identity })));
const client = await connect({ servers: [broker.url], caller: "tester", discoveryQuietMs: 150 });
t.teardown(async () => {
  await client.close();
  await fleet.stop();
  await broker.stop();
});

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

t.test("600 broadcasts with unique 1 MB filters leave every host's memory bounded", async (t) => {
  const before = fleet.agents.map((a) => rssMb(a.process.pid!));
  const junk = "q".repeat(1000 * 1000 - 2000);
  for (let i = 0; i < 600; i++) {
    hostileBroadcast(client.transport, i % 3 === 0 ? { where: `rack = '${i}${junk}'` } : i % 3 === 1 ? { identity: [`${i}${junk}`] } : { facts: [{ fact: "rack", op: "=", value: `${i}${junk}` }] });
    if (i % 20 === 19) await client.transport.flush();
  }
  await client.transport.flush();
  // Every host still answers, then settles.
  const { summary } = await client.call("rpcutil", "ping", {}, { targets: HOSTS, timeoutMs: 20_000 }).collect();
  t.equal(summary.ok, HOSTS.length, "every host answers after the storm");
  await sleep(2000);
  const after = fleet.agents.map((a) => rssMb(a.process.pid!));
  for (const [i, agent] of fleet.agents.entries()) {
    t.comment(`${agent.identity}: RSS ${before[i]!.toFixed(0)} MB before, ${after[i]!.toFixed(0)} MB after`);
    t.ok(after[i]! < 200, `${agent.identity} stays under 200 MB (${after[i]!.toFixed(0)} MB)`);
  }
  const stats = await client.call("rpcutil", "daemon_stats", {}, { targets: [HOSTS[0]!] }).collect();
  t.ok(((stats.results[0]!.data as { statuses: Record<string, number> }).statuses.INVALID_DATA ?? 0) >= 600, "the oversized filters were answered INVALID_DATA");
});
