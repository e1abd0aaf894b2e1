/**
 * One agent: its facts, its agents, a dispatcher on a transport.
 *
 *   config ─▶ facts ─▶ agents (rpcutil, ...) ─▶ dispatcher ─▶ subscriptions
 *                                                   ▲
 *   NATS ─▶ ampm.v1.broadcast.<agent>, ampm.v1.node.<identity>
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { connectTransport, JSON_BODY, replyPrefix, SigningKey, statusName, typeName, VERSION, type ampm, type Transport } from "../../proto/wire/index.js";
import { DEFAULT_ACTION_TIMEOUT_MS, isJsonBody, type AgentDef, type BodyType, type HostServices } from "./action.js";
import { rpcutilAgent } from "./agents/rpcutil/index.js";
import { pluginPath, type AgentConfig } from "./config.js";
import type { Deadlines } from "./deadlines.js";
import { Dispatcher } from "./dispatcher.js";
import { IdJournal } from "./dedup.js";
import { removeTempFiles, StateDisk } from "./disk.js";
import { builtinFacts, FactSource } from "./facts.js";
import { hypervisorAgent, HypervisorService } from "./hypervisor/index.js";
import type { HypervisorSettings } from "./hypervisor/settings.js";
import { Peers } from "./peers.js";
import { HostAttributes } from "./attributes.js";
import { RegistryWriter } from "./registry.js";
import { PluginCatalog } from "./plugins/catalog.js";
import type { Logger } from "./log.js";
import { AgentMetrics } from "./metrics/index.js";
import { parseListen } from "./metrics/listen.js";
import { startMetricsServer, type Health, type MetricsServer } from "./metrics/server.js";
import { Guard } from "./security/index.js";

export interface AgentOptions {
  config: AgentConfig;
  log: Logger;
  /** A transport to share (several agents in one process); by default the agent connects its own. */
  transport?: Transport;
  /** A deadline timer to share (several agents in one process). */
  deadlines?: Deadlines;
}

function bodyTypeName(type: BodyType): string {
  return isJsonBody(type) ? JSON_BODY : typeName(type);
}

function describe(agent: AgentDef): ampm.v1.IAgentInfo {
  return {
    name: agent.name,
    description: agent.description,
    version: agent.version,
    kind: agent.kind,
    active: agent.active ?? true,
    inactiveReason: agent.inactiveReason ?? "",
    actions: Object.entries(agent.actions).map(([name, action]) => ({
      name,
      description: action.description,
      inputType: bodyTypeName(action.input),
      outputType: bodyTypeName(action.output),
      inputSchemaJson: isJsonBody(action.input) && action.input.schema ? JSON.stringify(action.input.schema) : "",
      outputSchemaJson: isJsonBody(action.output) && action.output.schema ? JSON.stringify(action.output.schema) : "",
      timeoutMs: action.timeoutMs ?? DEFAULT_ACTION_TIMEOUT_MS,
    })),
  };
}

/** Broker connection events in the log: loud when the broker is out of reach, quiet for the routine. */
function logConnection(log: Logger, event: { type: string; detail: string }): void {
  const fields = { event: event.type, detail: event.detail };
  switch (event.type) {
    case "unreachable":
    case "retry":
      log.warn(fields, "broker unreachable: retrying");
      break;
    case "disconnect":
    case "staleConnection":
      log.warn(fields, "lost the broker connection: reconnecting");
      break;
    case "reconnect":
      log.info(fields, "reconnected to the broker");
      break;
    case "reconnecting":
    case "ping":
      log.debug(fields, "broker connection");
      break;
    case "error":
      log.error(fields, "broker connection");
      break;
    default:
      log.info(fields, "broker connection");
  }
}

/** Names of built-in agents: no plugin may take them. */
const BUILTIN_NAMES = ["rpcutil", "hypervisor"];

export class Agent {
  private agents = new Map<string, AgentDef>();
  private readonly builtins: AgentDef[];
  private readonly facts: FactSource;
  private readonly catalog: PluginCatalog;
  private readonly dispatcher: Dispatcher;
  private readonly startedAtMs = Date.now();
  private reloading: Promise<string[]> | undefined;
  private hypervisor: HypervisorService | undefined;
  private readonly guard: Guard;
  private readonly disk: StateDisk;
  /** Present when metrics.listen is set: nothing is counted otherwise. */
  readonly metrics: AgentMetrics | undefined;
  private metricsServer: MetricsServer | undefined;
  private subscribed = false;
  private connected = true;
  private readonly registry: RegistryWriter;
  private readonly attributes: HostAttributes;

  private constructor(
    readonly config: AgentConfig,
    private readonly log: Logger,
    private readonly transport: Transport,
    private readonly ownsTransport: boolean,
    deadlines?: Deadlines,
  ) {
    this.disk = new StateDisk(config.state_dir, (status) =>
      status.writable ? log.warn({ state_dir: config.state_dir }, "the state disk can be written again: back to normal") : log.error({ problem: status.problem }, "the state disk cannot be written: answering read-only requests only"),
    );
    const removed = removeTempFiles(config.state_dir);
    if (removed > 0) log.info({ removed }, "removed temporary files an interrupted write left behind");
    this.disk.probe();
    this.facts = new FactSource(builtinFacts(config.identity, VERSION), config.facts, config.facts_file);
    this.guard = new Guard({ identity: config.identity, settings: config.security, stateDir: config.state_dir, transport, log });
    this.facts.addProvider(() => ({ security_mode: this.guard.mode, state_writable: this.disk.status().writable }));
    const metrics = config.metrics
      ? new AgentMetrics(
          {
            connected: () => this.connected,
            busy: () => this.dispatcher.stats.busy,
            inflight: () => this.dispatcher.inflight,
            jobs: () => this.hypervisor?.jobs.list() ?? [],
            audit: () => ({ ...this.guard.audit.counts, backlogBytes: this.guard.audit.backlog.fileBytes }),
            stateWritable: () => this.disk.status().writable,
          },
          config.identity,
        )
      : undefined;
    this.metrics = metrics;
    this.builtins = [rpcutilAgent(VERSION)];
    this.catalog = new PluginCatalog({
      dirs: pluginPath(config),
      stateDir: join(config.state_dir, "plugins"),
      config: config.plugins,
      facts: () => this.facts.snapshot(),
      log,
      reserved: BUILTIN_NAMES,
      onRun: metrics && ((plugin, action, outcome) => metrics.pluginRun(plugin, action, statusName(outcome.status))),
    });
    this.agents = this.agentMap();
    const host: HostServices = {
      identity: config.identity,
      version: VERSION,
      startedAtMs: this.startedAtMs,
      facts: () => this.facts.snapshot(),
      tags: () => config.tags,
      inventory: () => [...this.agents.values()].map(describe),
      plugins: () => ({ plugins: this.catalog.describe(), problems: this.catalog.problems }),
      reload: () => this.reload(),
      stats: () => this.dispatcher.stats,
      security: () => ({ mode: this.guard.mode, auditRecords: this.guard.audit.counts.records, auditBacklogBytes: this.guard.audit.backlog.fileBytes }),
      disk: () => this.disk.status(),
    };
    this.dispatcher = new Dispatcher(transport, {
      identity: config.identity,
      log,
      host,
      agents: () => this.agents,
      maxConcurrent: config.max_concurrent,
      maxTtlMs: config.max_ttl,
      clockSkewMs: config.clock_skew,
      deadlines,
      guard: this.guard,
      notBeforeMs: this.startedAtMs - config.clock_skew,
      journal: new IdJournal(config.state_dir, 2 * config.clock_skew + 1000, (err) => log.error({ err: err.message }, "cannot keep request ids on the state disk: a request sent again across a restart within the clock skew could run twice")),
      disk: this.disk,
      observe: metrics && ((request, status, durationMs) => metrics.request({ agent: request.agent, action: request.action, status: statusName(status), durationMs })),
    });
    this.attributes = new HostAttributes(transport, config.identity, log.child({ part: "attributes" }), () => void this.registry.changed());
    this.registry = new RegistryWriter(transport, config.identity, config.registry, () => this.snapshot(), log.child({ part: "registry" }));
  }

  /** What the host registry holds about this host (proto/domain/registry.ts). */
  private snapshot() {
    const hv = this.hypervisor;
    const capacity = hv && (() => {
      const total = hv.capacity();
      const used = hv.used();
      const snake = (u: typeof total) => ({ slots: u.slots, vcpus: u.vcpus, memory_mb: u.memoryMb, disk_bytes: u.diskBytes });
      return { ...snake(total), used: snake(used) };
    })();
    return {
      identity: this.config.identity,
      version: VERSION,
      facts: this.facts.snapshot(),
      tags: [...this.config.tags],
      agents: [...this.agents.keys()],
      ...(capacity ? { capacity } : {}),
      enabled: hv ? hv.state().enabled : true,
      started_ms: this.startedAtMs,
    };
  }

  static async start(options: AgentOptions): Promise<Agent> {
    const { config, log } = options;
    mkdirSync(config.state_dir, { recursive: true });
    // The host's key also logs it in to the broker, unless other credentials are given.
    const key = config.security.key ? SigningKey.fromFile(config.security.key) : undefined;
    const nkey = key && !config.user && !config.token && !config.creds ? key : undefined;
    let agent: Agent | undefined;
    const transport =
      options.transport ??
      (await connectTransport({
        servers: config.servers,
        name: `ampm-agent ${config.identity}`,
        user: config.user,
        password: config.password,
        token: config.token,
        credsFile: config.creds,
        nkey,
        tls: config.tls,
        inboxPrefix: replyPrefix(`agent:${config.identity}`),
        replicas: config.jetstream.replicas,
        persistent: true,
        onEvent: (e) => {
          logConnection(log, e);
          agent?.connectionEvent(e.type);
        },
      }));
    try {
      agent = new Agent(config, log, transport, !options.transport, options.deadlines);
    } catch (err) {
      if (!options.transport) await transport.close();
      throw err;
    }
    await agent.guard.start();
    await agent.catalog.load();
    if (config.hypervisor) await agent.startHypervisor(config.hypervisor);
    // Operator attributes win over every fact of the host's own: their provider comes last.
    await agent.attributes.start();
    agent.facts.addProvider(() => agent!.attributes.values);
    agent.agents = agent.agentMap();
    agent.dispatcher.sync();
    await transport.flush();
    agent.subscribed = true;
    await agent.registry.start();
    if (config.metrics && agent.metrics) {
      agent.metricsServer = await startMetricsServer({ listen: parseListen(config.metrics.listen), metrics: agent.metrics, health: () => agent!.health(), log });
    }
    log.info({ identity: config.identity, agents: [...agent.agents.keys()], servers: config.servers, plugin_containment: agent.catalog.containment.mode }, "agent ready");
    return agent;
  }

  private async startHypervisor(settings: HypervisorSettings): Promise<void> {
    const service = new HypervisorService({
      identity: this.config.identity,
      stateDir: this.config.state_dir,
      settings,
      plugins: this.catalog,
      facts: () => this.facts.snapshot(),
      tags: () => this.config.tags,
      agents: () => [...this.agents.keys()],
      transport: this.transport,
      peers: new Peers(this.transport, this.config.identity, this.guard.key),
      log: this.log.child({ agent: "hypervisor" }),
      crashAt: process.env.AMPM_CRASH_AT,
      diskError: (err) => this.disk.noteError(err),
      onChange: () => void this.registry.changed(),
    });
    await service.start();
    this.hypervisor = service;
    this.facts.addProvider(() => service.facts());
    this.builtins.push(hypervisorAgent(service, VERSION));
  }

  /** 200 on /healthz: connected to the broker, subscribed to this host's subjects, and able to write its state. */
  health(): Health {
    if (!this.subscribed) return { ok: false, detail: `${this.config.identity}: not subscribed (starting or stopping)` };
    if (!this.connected) return { ok: false, detail: `${this.config.identity}: not connected to the broker` };
    const disk = this.disk.status();
    if (!disk.writable) return { ok: false, detail: `${this.config.identity}: read-only: ${disk.problem}` };
    return { ok: true, detail: `${this.config.identity}: connected and subscribed` };
  }

  /** A connection event of the transport (nats.js status types, and the transport's own). */
  private connectionEvent(type: string): void {
    if (type === "reconnect") {
      this.connected = true;
      this.metrics?.reconnected();
    } else if (type === "disconnect" || type === "staleConnection" || type === "close") {
      this.connected = false;
    }
  }

  /** Where /metrics and /healthz are served (HOST:PORT), if they are. */
  get metricsAddress(): string | undefined {
    return this.metricsServer?.address;
  }

  /** Opens the audit file again, after logrotate moved it (SIGUSR1; also part of reload). */
  reopenLogs(): void {
    try {
      this.guard.audit.reopen();
    } catch (err) {
      this.log.error({ err: (err as Error).message }, "cannot reopen the audit file; still writing to the previous one");
    }
  }

  /** Built-in agents, then external ones (a plugin cannot take a built-in's name). */
  private agentMap(): Map<string, AgentDef> {
    return new Map([...this.builtins, ...this.catalog.agents()].map((a) => [a.name, a]));
  }

  /**
   * Re-reads the facts file, the plugin path, the trusted callers and the
   * policy (SIGHUP, rpcutil.reload), without a restart. Running actions
   * finish with what they started with. Resolves with the security files'
   * problems (the previous trusted callers and policy stay in force).
   */
  reload(): Promise<string[]> {
    this.reloading ??= (async () => {
      const problems: string[] = [];
      this.reopenLogs();
      try {
        this.facts.reload();
      } catch (err) {
        this.log.error({ err: (err as Error).message }, "facts reload failed; keeping the previous facts");
      }
      try {
        this.guard.reload();
      } catch (err) {
        problems.push((err as Error).message);
        this.log.error({ err: (err as Error).message }, "security reload failed; keeping the previous trusted callers and policy");
      }
      await this.catalog.load();
      this.agents = this.agentMap();
      this.dispatcher.sync();
      this.log.info({ agents: [...this.agents.keys()] }, "reloaded");
      await this.registry.changed();
      return problems;
    })().finally(() => (this.reloading = undefined));
    return this.reloading;
  }

  /** Stops taking requests, lets running actions finish (up to graceMs), sends their replies, disconnects. */
  async stop(graceMs = 5000): Promise<void> {
    this.subscribed = false;
    await this.registry.stop();
    this.attributes.stop();
    await this.dispatcher.stop(graceMs);
    await this.metricsServer?.close();
    await this.hypervisor?.close();
    await this.guard.close();
    if (this.ownsTransport) await this.transport.drain();
    else await this.transport.flush();
    this.log.info({ identity: this.config.identity }, "agent stopped");
  }
}
