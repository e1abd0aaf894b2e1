/**
 * logrotate moves the audit file away, then signals the agent: SIGUSR1
 * (or SIGHUP) makes it write to a new file by the same name, losing nothing.
 */
import { existsSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { startAgent } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";

const lines = (file: string) => readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { action: string; request_id: string });

t.test("SIGUSR1 and SIGHUP reopen the audit file", async (t) => {
  const broker = await startBroker();
  t.teardown(() => broker.stop());
  const agent = await startAgent(broker.url, { identity: "audit1.example.com" });
  t.teardown(() => agent.stop());
  const file = join(agent.dir, "state", "audit.jsonl");
  const ping = async () => t.equal((await runAmpm(["ping", "--server", broker.url, "-I", "audit1.example.com"])).code, 0, "ping");

  for (const signal of ["SIGUSR1", "SIGHUP"] as const) {
    await ping();
    const rotated = `${file}.${signal}`;
    renameSync(file, rotated);
    agent.process.kill(signal);
    const deadline = Date.now() + 10_000;
    while (!existsSync(file) && Date.now() < deadline) await sleep(50);
    t.ok(existsSync(file), `${signal}: a new audit file is opened`);
    await ping();
    t.ok(lines(rotated).length >= 1, `${signal}: the rotated file keeps the records before it`);
    t.equal(lines(file).length, 1, `${signal}: the record after it goes to the new file`);
    t.equal(lines(file)[0].action, "ping");
  }
  t.ok(agent.entries().filter((e) => e.msg === "audit file reopened").length >= 2, "each reopening is logged");
  t.equal(agent.process.exitCode, null, "the agent is still running");
});
