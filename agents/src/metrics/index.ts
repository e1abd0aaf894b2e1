/**
 * The agent's Prometheus metrics (prom-client), in a registry of its own.
 *
 *   dispatcher ── request(agent, action, status, ms) ─▶ requests_total, request_duration_seconds
 *   plugins    ── pluginRun(plugin, action, status) ─▶ plugin_runs_total, plugin_timeouts_total
 *   transport  ── connection(event)                 ─▶ reconnects_total, connected
 *   at scrape  ◀─ sources: BUSY refusals, in flight, jobs, audit counts, process metrics
 *
 * Counting is a few map look-ups per request; the text is made only when
 * /metrics is scraped (server.ts).
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** What the metrics read when scraped, from the parts that own the numbers. */
export interface MetricSources {
  connected(): boolean;
  busy(): number;
  inflight(): number;
  jobs(): ReadonlyArray<{ kind: string; state: string }>;
  audit(): { records: number; fileErrors: number; backlogBytes: number };
  /** Whether the state disk can be written (a full disk makes the agent read-only). */
  stateWritable(): boolean;
}

export interface RequestObservation {
  agent: string;
  action: string;
  status: string;
  durationMs: number;
}

const PREFIX = "ampm_agent_";

/** Request durations, in seconds: 1 ms to 10 minutes (migrations and evacuations run long). */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 600];

/** Counters read from elsewhere at scrape time: prom-client's way is reset then inc to the owner's total. */
function mirror(counter: Counter, value: number): void {
  counter.reset();
  if (value > 0) counter.inc(value);
}

export class AgentMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<"agent" | "action" | "status">;
  private readonly durations: Histogram<"agent" | "action">;
  private readonly pluginRuns: Counter<"plugin" | "action" | "status">;
  private readonly pluginTimeouts: Counter<"plugin" | "action">;
  private readonly reconnects: Counter;

  constructor(sources: MetricSources, identity: string) {
    const registers = [this.registry];
    this.registry.setDefaultLabels({ identity });
    collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
    this.requests = new Counter({ name: `${PREFIX}requests_total`, help: "Requests answered, by agent, action and reply status", labelNames: ["agent", "action", "status"], registers });
    this.durations = new Histogram({
      name: `${PREFIX}request_duration_seconds`,
      help: "Time from receiving a request to sending its reply",
      labelNames: ["agent", "action"],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.pluginRuns = new Counter({ name: `${PREFIX}plugin_runs_total`, help: "External plugin runs, by plugin, action and status", labelNames: ["plugin", "action", "status"], registers });
    this.pluginTimeouts = new Counter({ name: `${PREFIX}plugin_timeouts_total`, help: "External plugin runs killed at their deadline", labelNames: ["plugin", "action"], registers });
    this.reconnects = new Counter({ name: `${PREFIX}reconnects_total`, help: "Reconnections to the broker", registers });
    new Gauge({
      name: `${PREFIX}connected`,
      help: "1 while connected to the broker",
      registers,
      collect() {
        this.set(sources.connected() ? 1 : 0);
      },
    });
    new Counter({
      name: `${PREFIX}busy_refusals_total`,
      help: "Requests refused with BUSY (max_concurrent actions running)",
      registers,
      collect() {
        mirror(this, sources.busy());
      },
    });
    new Gauge({
      name: `${PREFIX}inflight_actions`,
      help: "Actions running now",
      registers,
      collect() {
        this.set(sources.inflight());
      },
    });
    new Gauge({
      name: `${PREFIX}jobs`,
      help: "Jobs this host keeps (create, migrate, evacuate, ...), by kind and state",
      labelNames: ["kind", "state"],
      registers,
      collect() {
        this.reset();
        for (const job of sources.jobs()) this.inc({ kind: job.kind, state: job.state });
      },
    });
    new Counter({
      name: `${PREFIX}audit_records_total`,
      help: "Audit records written",
      registers,
      collect() {
        mirror(this, sources.audit().records);
      },
    });
    new Counter({
      name: `${PREFIX}audit_failures_total`,
      help: "Audit records that could not be written to the audit file",
      registers,
      collect() {
        mirror(this, sources.audit().fileErrors);
      },
    });
    new Gauge({
      name: `${PREFIX}audit_backlog_bytes`,
      help: "Audit records in the audit file that the broker has not stored yet",
      registers,
      collect() {
        this.set(sources.audit().backlogBytes);
      },
    });
    new Gauge({
      name: `${PREFIX}state_writable`,
      help: "1 while the state disk can be written; 0: full or failing, the agent answers read-only requests only",
      registers,
      collect() {
        this.set(sources.stateWritable() ? 1 : 0);
      },
    });
  }

  request(observation: RequestObservation): void {
    const { agent, action, status } = observation;
    this.requests.inc({ agent, action, status });
    this.durations.observe({ agent, action }, observation.durationMs / 1000);
  }

  pluginRun(plugin: string, action: string, status: string): void {
    this.pluginRuns.inc({ plugin, action, status });
    if (status === "TIMEOUT") this.pluginTimeouts.inc({ plugin, action });
  }

  reconnected(): void {
    this.reconnects.inc();
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
