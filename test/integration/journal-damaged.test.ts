/**
 * A damaged step journal on a real agent (issue 13): the agent is killed in
 * the middle of a create (AMPM_CRASH_AT), its journal record is then torn
 * (as a failing disk might leave it); the agent starts anyway, sets the
 * record aside, and fails the job with a message for an operator, instead
 * of dying at every start or guessing what to undo.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { connect, Fleet, readProfile } from "../../client/src/index.js";
import { fleetRoot, spawnAgent, startAgent } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { hypervisorHost, TEST_PROFILES } from "../helpers/hypervisor.js";

const H = "hv1.example.com";

t.test("a torn create journal: the agent starts, the record is set aside, the job failed for an operator", async (t) => {
  const root = fleetRoot();
  const broker = await startBroker();
  let agent = await startAgent(broker.url, { ...hypervisorHost(root, H), env: { AMPM_CRASH_AT: "create:volumes" } }, root);
  const client = await connect({ servers: [broker.url], caller: "tester", discoveryQuietMs: 150 });
  const fleet = new Fleet(client);
  t.teardown(async () => {
    await client.close();
    await agent.stop();
    await broker.stop();
  });
  const tiny = readProfile(join(TEST_PROFILES, "tiny.yaml"));

  void fleet.create(tiny, "torn.example.com", { container: H }).catch(() => undefined);
  const code = await Promise.race([agent.exited, sleep(60_000).then(() => "still running")]);
  t.equal(agent.process.signalCode, "SIGKILL", `killed at create:volumes (${String(code)})`);

  const creates = join(agent.dir, "state", "hypervisor", "creates");
  const [file] = readdirSync(creates).filter((n) => n.endsWith(".json"));
  t.ok(file, "the create was journaled");
  const jobId = file!.slice(0, -5);
  writeFileSync(join(creates, file!), '{"job":"' + jobId + '","hostname":"torn.exa');

  agent = await spawnAgent({ ...agent.spec, env: {} }, agent.dir, agent.configFile);
  t.equal(agent.process.exitCode, null, "the agent started and runs");
  t.ok(existsSync(join(creates, `${file}.damaged`)), "the damaged record is set aside");
  t.notOk(existsSync(join(creates, file!)), "and not read again at the next start");

  const job = (await fleet.jobs(jobId))[0];
  t.equal(job?.state, "failed", "the job is not left running");
  t.match(job?.message, /damaged \(not JSON: .*set aside as .*\.damaged; nothing was finished or undone: an operator must check/, "its message says what happened and asks for an operator");
  t.ok(agent.entries().some((e) => e.msg === "a journal is damaged: needs an operator"), "the log says so");

  const again = await fleet.create(tiny, "after.example.com", { container: H });
  t.equal(again.state, "done", "the agent goes on working: a new create succeeds");
});
