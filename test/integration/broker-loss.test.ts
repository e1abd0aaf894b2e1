/**
 * The broker dies in the middle of a call: the caller says so and exits 5
 * (the call could not happen), at once, instead of waiting out the timeout
 * and listing every host under "No response from".
 */
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { connectTransport } from "../../proto/wire/index.js";

const HOSTS = ["b1.example.com", "b2.example.com", "b3.example.com"];
const broker = await startBroker();
const fleet = await startFleet(broker.url, HOSTS.map((identity) => ({ identity })));
t.teardown(async () => {
  await fleet.stop();
  await broker.stop();
});

t.test("a broker killed during a call: exit 5 and a clear message, not a list of silent hosts", async (t) => {
  // The broker dies once the request is on its way to the agents (seen on the bus), not at a fixed
  // time: on a busy machine the CLI may not even have connected 1.5 s after it was started.
  const watcher = await connectTransport({ servers: [broker.url], name: "broker-loss watcher" });
  const requested = new Promise<void>((resolve) =>
    watcher.subscribe("ampm.v1.>", (m) => {
      if (!/^ampm\.v1\.(reply|event)\./.test(m.subject) && Buffer.from(m.data).includes("echo")) resolve();
    }),
  );
  await watcher.flush();
  const started = Date.now();
  const call = runAmpm(["rpc", "rpcutil", "echo", "delay_ms=8000", "--timeout", "15s", "--server", broker.url, "--discovery-quiet", "150ms"], { timeoutMs: 30_000 });
  const seen = await Promise.race([requested.then(() => true), sleep(20_000).then(() => false)]);
  t.ok(seen, "the request went out");
  await watcher.close();
  await sleep(200);
  const killedAt = Date.now();
  await broker.kill("SIGKILL");
  const result = await call;
  const after = Date.now() - killedAt;
  t.equal(result.code, 5, "exit 5: the call could not happen");
  t.match(result.stderr, /lost the connection to the broker during rpcutil\.echo \(0 of 3 hosts had answered\)/);
  t.notMatch(result.stdout + result.stderr, /No response from/, "the hosts are not blamed");
  t.ok(after < 4000, `it said so ${after} ms after the broker died (the call was started ${killedAt - started} ms before)`);
});
