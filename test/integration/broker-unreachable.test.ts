/**
 * An agent started while its broker is down says so at once and at every
 * retry (with the growing delay), and starts serving when the broker comes.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { stringify } from "yaml";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { AGENT_MAIN } from "../helpers/paths.js";

t.test("broker down at start: a log line per attempt, then ready when it is up", async (t) => {
  const broker = await startBroker();
  t.teardown(() => broker.stop());
  await broker.kill();
  const dir = mkdtempSync(join(tmpdir(), "ampm-unreachable-"));
  const config = join(dir, "agent.yaml");
  writeFileSync(config, stringify({ identity: "late1.example.com", servers: [broker.url], state_dir: join(dir, "state"), shipped_plugins: false, security: { mode: "dev" } }));
  const child = spawn(process.execPath, [AGENT_MAIN, "--config", config], { env: { PATH: process.env.PATH }, stdio: ["ignore", "pipe", "pipe"] });
  t.teardown(() => void child.kill("SIGKILL"));
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const entries = () => log.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as { msg: string; detail?: string });
  const retries = () => entries().filter((e) => e.msg === "broker unreachable: retrying");
  const until = async (what: string, check: () => boolean) => {
    const deadline = Date.now() + 30_000;
    while (!check()) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${what}:\n${log}`);
      await sleep(50);
    }
  };
  await until("three attempts logged", () => retries().length >= 3);
  const [first, second] = retries();
  t.match(first.detail, new RegExp(`cannot reach the broker at ${broker.url.replaceAll(".", "\\.")}: .*; retrying in \\d+ ms \\(attempt 1\\)`), "what, where, why, and when it tries again");
  t.match(second.detail, /\(attempt 2\)/);
  const delays = retries().map((e) => Number(/retrying in (\d+) ms/.exec(e.detail ?? "")?.[1]));
  t.ok(delays[2] > delays[0], `the delay grows (${delays.join(", ")} ms)`);
  t.notOk(entries().some((e) => e.msg === "agent ready"), "not ready without the broker");

  await broker.restart();
  await until("ready after the broker came up", () => entries().some((e) => e.msg === "agent ready"));
  const ping = await runAmpm(["ping", "--server", broker.url, "-I", "late1.example.com"]);
  t.equal(ping.code, 0, ping.stderr);
  child.kill("SIGTERM");
});
