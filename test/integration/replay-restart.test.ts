/**
 * A copy of a writing request sent again after the agent was killed and
 * restarted runs once: the request is young enough for the not-before rule
 * (start − clock skew) to let it through, so only the ids the previous run
 * kept on its state disk can refuse it. Read-only requests are not kept.
 */
import t from "tap";
import { connect, Fleet } from "../../client/src/index.js";
import { ampm, createRequest, decodeReply, encodeRequest, nodeSubject, Status, type Reply } from "../../proto/wire/index.js";
import { fleetRoot, spawnAgent, startAgent } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { hypervisorHost } from "../helpers/hypervisor.js";

const HOST = "replay.example.com";
const broker = await startBroker();
let agent = await startAgent(broker.url, hypervisorHost(fleetRoot(), HOST));
const client = await connect({ servers: [broker.url], caller: "tester", discoveryQuietMs: 150 });
const fleet = new Fleet(client);
t.teardown(async () => {
  await client.close();
  await agent.stop();
  await broker.stop();
});

/** Publishes these exact bytes to the host and waits for its reply. */
async function send(bytes: Uint8Array): Promise<Reply> {
  const inbox = client.transport.newInbox("ampm.v1.reply.tester");
  return new Promise<Reply>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no reply in 10 s")), 10_000);
    const sub = client.transport.subscribe(inbox, (msg) => {
      clearTimeout(timer);
      sub.unsubscribe();
      resolve(decodeReply(msg.data));
    });
    client.transport.publish(nodeSubject(HOST), bytes, inbox);
  });
}

const disable = encodeRequest(
  createRequest({
    agent: "hypervisor",
    action: "set_enabled",
    caller: "tester",
    ttlMs: 600_000,
    timeoutMs: 10_000,
    bodyType: "ampm.v1.SetEnabledRequest",
    body: ampm.v1.SetEnabledRequest.encode({ enabled: false, reason: "first and only" }).finish(),
  }),
);
const ping = encodeRequest(createRequest({ agent: "rpcutil", action: "ping", caller: "tester", ttlMs: 600_000, timeoutMs: 10_000 }));

t.test("a disable sent again after a kill -9 and a restart is refused, and the host stays as it was set since", async (t) => {
  const first = await send(disable);
  t.equal(first.statuscode, Status.OK, `the disable ran: ${first.statusmsg}`);
  t.equal((await fleet.host(HOST)).state.enabled, false, "the host is disabled");
  t.equal((await send(ping)).statuscode, Status.OK, "a ping ran");
  t.equal((await send(disable)).statuscode, Status.EXPIRED, "a copy to the same run: seen before");

  await agent.stop("SIGKILL");
  agent = await spawnAgent(agent.spec, agent.dir, agent.configFile);
  await fleet.setEnabled(HOST, true, "");
  t.equal((await fleet.host(HOST)).state.enabled, true, "enabled again by a new request");

  const copy = await send(disable);
  t.equal(copy.statuscode, Status.EXPIRED, `the copy after the restart is refused: ${copy.statusmsg}`);
  t.match(copy.statusmsg, /was seen before: not run twice/);
  t.equal((await fleet.host(HOST)).state.enabled, true, "and the host is still enabled");
  t.equal((await send(ping)).statuscode, Status.OK, "a read-only request is not kept: its copy is answered (it changes nothing)");

  // A second restart: the ids the first one loaded are still known.
  await agent.stop("SIGKILL");
  agent = await spawnAgent(agent.spec, agent.dir, agent.configFile);
  t.equal((await send(disable)).statuscode, Status.EXPIRED, "after a second restart too");
  t.equal((await fleet.host(HOST)).state.enabled, true);
});
