/**
 * A real agent with metrics.listen: /metrics counts an `ampm ping`, /healthz
 * follows the broker going away and coming back, and the log says when the
 * broker is out of reach.
 */
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { startAgent, type AgentProcess } from "../helpers/agents.js";
import { startBroker, type Broker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";

let broker: Broker;
let agent: AgentProcess;
let base: string;

t.before(async () => {
  broker = await startBroker();
  agent = await startAgent(broker.url, { identity: "metrics1.example.com", config: { metrics: { listen: "127.0.0.1:0" } } });
  const serving = agent.entries().find((e) => e.msg === "serving /metrics and /healthz");
  if (!serving) throw new Error(`the agent did not say where it serves metrics:\n${agent.log()}`);
  base = `http://${String(serving.listen)}`;
});

t.teardown(async () => {
  await agent?.stop();
  await broker?.stop();
});

async function get(path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, text: await res.text() };
}

/** The value of one sample of the text format, or 0 when it is not there. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.split(" ").at(-1));
  }
  return 0;
}

async function until(what: string, check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(100);
  }
}

t.test("listens on loopback only, as asked", async (t) => {
  t.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
});

t.test("/metrics: request counters move after ampm ping", async (t) => {
  const before = await get("/metrics");
  t.equal(before.status, 200);
  const labels = { agent: "rpcutil", action: "ping", status: "OK" };
  const n = sample(before.text, "ampm_agent_requests_total", labels);
  const ping = await runAmpm(["ping", "--server", broker.url, "-I", "metrics1.example.com"]);
  t.equal(ping.code, 0, ping.stderr);
  const after = await get("/metrics");
  t.equal(sample(after.text, "ampm_agent_requests_total", labels), n + 1, "one more rpcutil.ping answered OK");
  t.ok(sample(after.text, "ampm_agent_request_duration_seconds_count", { agent: "rpcutil", action: "ping" }) >= 1, "its duration is in the histogram");
  t.ok(sample(after.text, "ampm_agent_audit_records_total") >= 1, "audit records are counted");
  t.equal(sample(after.text, "ampm_agent_connected"), 1);
  for (const name of ["ampm_agent_busy_refusals_total", "ampm_agent_reconnects_total", "ampm_agent_inflight_actions", "ampm_agent_audit_failures_total", "ampm_agent_process_resident_memory_bytes", "ampm_agent_process_cpu_seconds_total"]) {
    t.match(after.text, new RegExp(`^${name}(\\{| )`, "m"), `${name} is exported`);
  }
  t.match(after.text, /identity="metrics1\.example\.com"/, "samples carry the host's identity");
});

t.test("/healthz: 200, then 503 while the broker is down, then 200 again", async (t) => {
  t.equal((await get("/healthz")).status, 200);
  await broker.kill();
  await until("/healthz says 503", async () => (await get("/healthz")).status === 503);
  const down = await get("/healthz");
  t.match(down.text, /not connected to the broker/);
  await until("the agent logs that the broker is unreachable", async () => agent.entries().some((e) => e.msg === "broker unreachable: retrying" && /attempt \d+/.test(String(e.detail))));
  await broker.restart();
  await until("/healthz says 200 again", async () => (await get("/healthz")).status === 200);
  t.pass("back to 200 after the broker restarted");
  const metrics = await get("/metrics");
  t.ok(sample(metrics.text, "ampm_agent_reconnects_total") >= 1, "the reconnection is counted");
  const ping = await runAmpm(["ping", "--server", broker.url, "-I", "metrics1.example.com"]);
  t.equal(ping.code, 0, `and it answers again: ${ping.stderr}`);
});

t.test("an unknown path is 404, a POST 405", async (t) => {
  t.equal((await get("/nope")).status, 404);
  t.equal((await fetch(`${base}/metrics`, { method: "POST" })).status, 405);
});
