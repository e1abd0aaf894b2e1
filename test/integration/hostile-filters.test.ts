/**
 * Filters as an attacker sends them (raw envelopes, not through ampm's own
 * client, which refuses them before sending): one broadcast must not stall
 * any host (hostile-memory.test.ts: nor grow its memory).
 */
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { connect } from "../../client/src/index.js";
import type { ampm } from "../../proto/wire/index.js";
import { startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { hostileBroadcast } from "../helpers/hostile.js";

const HOSTS = ["container1.example.com", "container2.example.com", "container3.example.com"];
const broker = await startBroker();
const fleet = await startFleet(
  broker.url,
  HOSTS.map((identity) => ({ identity, facts: { motd: "a".repeat(4000) } })),
);
const client = await connect({ servers: [broker.url], caller: "tester", discoveryQuietMs: 150 });
t.teardown(async () => {
  await client.close();
  await fleet.stop();
  await broker.stop();
});

t.test("a backtracking-bait filter does not hold up a concurrent request", async (t) => {
  const hostile: ampm.v1.IFilter[] = [
    { identity: [`${"*".repeat(20)}x`] },
    { identity: ["/^(([a-z0-9]+)+\\.)+x$/"] },
    { facts: [{ fact: "motd", op: "=~", value: "/^(a|aa)*b$/" }] },
    { where: "motd =~ /^(a+)+$/ and motd =~ /(x+x+)+y/" },
  ];
  for (const filter of hostile) {
    hostileBroadcast(client.transport, filter);
    await sleep(20);
    const started = performance.now();
    const { summary } = await client.call("rpcutil", "ping", {}, { targets: HOSTS, timeoutMs: 5000 }).collect();
    const ms = performance.now() - started;
    t.equal(summary.ok, HOSTS.length, `every host answers after ${JSON.stringify(filter).slice(0, 60)}`);
    t.ok(ms < 1500, `the concurrent ping took ${ms.toFixed(0)} ms`);
  }
  for (const agent of fleet.agents) t.equal(agent.process.exitCode, null, `${agent.identity} is running`);
});
