import t from "tap";
import { AgentMetrics } from "../../../agents/src/metrics/index.js";

function metrics() {
  const state = { connected: true, busy: 0, inflight: 0, jobs: [] as { kind: string; state: string }[], audit: { records: 0, fileErrors: 0, backlogBytes: 0 }, writable: true };
  const m = new AgentMetrics(
    { connected: () => state.connected, busy: () => state.busy, inflight: () => state.inflight, jobs: () => state.jobs, audit: () => state.audit, stateWritable: () => state.writable },
    "hv1.example.com",
  );
  return { m, state };
}

t.test("requests, durations and plugin runs are counted by their labels", async (t) => {
  const { m } = metrics();
  m.request({ agent: "rpcutil", action: "ping", status: "OK", durationMs: 2 });
  m.request({ agent: "rpcutil", action: "ping", status: "OK", durationMs: 3 });
  m.request({ agent: "hypervisor", action: "create", status: "BUSY", durationMs: 0 });
  m.pluginRun("qcow2", "create", "TIMEOUT");
  m.pluginRun("qcow2", "create", "OK");
  const text = await m.text();
  t.match(text, /^ampm_agent_requests_total\{agent="rpcutil",action="ping",status="OK",identity="hv1.example.com"\} 2$/m);
  t.match(text, /^ampm_agent_requests_total\{agent="hypervisor",action="create",status="BUSY",identity="hv1.example.com"\} 1$/m);
  t.match(text, /^ampm_agent_request_duration_seconds_bucket\{le="0.005",identity="hv1.example.com",agent="rpcutil",action="ping"\} 2$/m);
  t.match(text, /^ampm_agent_plugin_runs_total\{plugin="qcow2",action="create",status="TIMEOUT",identity="hv1.example.com"\} 1$/m);
  t.match(text, /^ampm_agent_plugin_timeouts_total\{plugin="qcow2",action="create",identity="hv1.example.com"\} 1$/m);
});

t.test("what others own is read at scrape time", async (t) => {
  const { m, state } = metrics();
  Object.assign(state, { connected: false, busy: 3, inflight: 2, audit: { records: 10, fileErrors: 1, backlogBytes: 512 }, writable: false });
  state.jobs.push({ kind: "migrate", state: "running" }, { kind: "migrate", state: "running" }, { kind: "create", state: "failed" });
  m.reconnected();
  let text = await m.text();
  t.match(text, /^ampm_agent_connected\{identity="hv1.example.com"\} 0$/m);
  t.match(text, /^ampm_agent_busy_refusals_total\{identity="hv1.example.com"\} 3$/m);
  t.match(text, /^ampm_agent_inflight_actions\{identity="hv1.example.com"\} 2$/m);
  t.match(text, /^ampm_agent_jobs\{kind="migrate",state="running",identity="hv1.example.com"\} 2$/m);
  t.match(text, /^ampm_agent_jobs\{kind="create",state="failed",identity="hv1.example.com"\} 1$/m);
  t.match(text, /^ampm_agent_audit_records_total\{identity="hv1.example.com"\} 10$/m);
  t.match(text, /^ampm_agent_audit_failures_total\{identity="hv1.example.com"\} 1$/m);
  t.match(text, /^ampm_agent_audit_backlog_bytes\{identity="hv1.example.com"\} 512$/m);
  t.match(text, /^ampm_agent_state_writable\{identity="hv1.example.com"\} 0$/m);
  t.match(text, /^ampm_agent_reconnects_total\{identity="hv1.example.com"\} 1$/m);
  state.jobs.length = 0;
  state.busy = 4;
  text = await m.text();
  t.notMatch(text, /^ampm_agent_jobs\{kind="migrate"/m, "finished jobs leave the gauge");
  t.match(text, /^ampm_agent_busy_refusals_total\{identity="hv1.example.com"\} 4$/m);
});
