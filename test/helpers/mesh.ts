/**
 * One broker and a few sim hypervisor agents on it, with a client, for a
 * test file that works on real agents (migrations, jobs cut short by a
 * restart).
 */
import { join } from "node:path";
import t from "tap";
import { connect, Fleet, readProfile, type Client, type Profile } from "../../client/src/index.js";
import { fleetRoot, startAgent, type AgentProcess } from "./agents.js";
import { startBroker, type Broker } from "./broker.js";
import { hypervisorHost, TEST_PROFILES, type HostOptions } from "./hypervisor.js";

export interface Mesh {
  root: string;
  broker: Broker;
  /** By identity; a test that restarts an agent puts the new process here. */
  agents: Map<string, AgentProcess>;
  client: Client;
  fleet: Fleet;
  /** The tiny test profile. */
  tiny: Profile;
}

/**
 * Starts a broker and one hypervisor host per identity (in order, under one
 * fleet root, each with `host`), connects a client as "tester"; all of it
 * is stopped when the test file ends.
 */
export async function startMesh(identities: string[], host: HostOptions = {}): Promise<Mesh> {
  const root = fleetRoot();
  const broker = await startBroker();
  const agents = new Map<string, AgentProcess>();
  for (const identity of identities) agents.set(identity, await startAgent(broker.url, hypervisorHost(root, identity, host), root));
  const client = await connect({ servers: [broker.url], caller: "tester", discoveryQuietMs: 150 });
  const fleet = new Fleet(client);
  const tiny = readProfile(join(TEST_PROFILES, "tiny.yaml"));
  t.teardown(async () => {
    await client.close();
    for (const a of agents.values()) await a.stop();
    await broker.stop();
  });
  return { root, broker, agents, client, fleet, tiny };
}
