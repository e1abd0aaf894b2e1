/**
 * The ampm client: discovery and fan-out calls over one NATS connection.
 *
 *   discover(filter) ─▶ targets ─▶ batches ─▶ request to ampm.v1.node.<id> each ─▶ gather ─▶ results + summary
 */
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import {
  Caller,
  callerAuditSubject,
  ConnectionError,
  connectTransport,
  createRequest,
  decodeJson,
  encodeJson,
  PermissionError,
  Status,
  progressSubject,
  replyPrefix,
  SigningKey,
  type ampm,
  type FilterMessage,
  type Request,
  type SendOutcome,
  type Subscription,
  type Transport,
} from "../../proto/wire/index.js";
import {
  buildFilter,
  isEmptyFilter,
  type AuditRecord,
  type FilterSpec,
  HOSTS_BUCKET,
} from "../../proto/domain/index.js";
import { encodeBody } from "./actions.js";
import { camelKeys } from "./casing.js";
import { DISCOVERERS, readNodesFile, resolveDiscoveryMethod, staticTargets, type Discovered, type DiscoveryContext, type DiscoveryMethod, type DiscoveryOptions } from "./discovery/index.js";
import { resolveOptions, type ClientOptions, type ResolvedClientOptions } from "./options.js";
import { roundTimes, type CallSummary, type GoneHost, type HostFailure, type HostResult } from "./results.js";
import { CallRun } from "./stream.js";

export interface Progress {
  phase: "discovery" | "call";
  /** Hosts asked so far (discovery: hosts found so far). */
  discovered: number;
  replied: number;
  failed: number;
  elapsedMs: number;
}

export interface CallOptions {
  /** Which hosts: discovered with this filter (ignored when `targets` is given). */
  filter?: FilterSpec;
  /** Exactly these hosts: no discovery. */
  targets?: readonly string[];
  discovery?: DiscoveryOptions;
  timeoutMs?: number;
  ttlMs?: number;
  /** Ask this many hosts at a time, waiting for each batch's replies. */
  batch?: number;
  batchSleepMs?: number;
  /** Act on a random subset: a count, or a percentage like "10%". */
  limit?: number | string;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** Progress the hosts report while their action runs (external actions' AMPM-PROGRESS lines). */
  onActionProgress?: (event: ActionProgress) => void;
}

/** One progress report of one host's action (the event's fields in lowerCamelCase). */
export interface ActionProgress {
  requestId: string;
  sender: string;
  agent: string;
  action: string;
  timeMs: number;
  done?: number;
  total?: number;
  message?: string;
}

/** N or "N%" of `count`, at least 1 when count > 0. */
export function parseLimit(limit: number | string, count: number): number {
  const text = String(limit).trim();
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(text);
  if (!m || Number(m[1]) <= 0) throw new RangeError(`limit must be a positive number or percentage, got "${text}"`);
  const n = m[2] ? Math.ceil((count * Number(m[1])) / 100) : Math.floor(Number(m[1]));
  return Math.min(count, Math.max(1, n));
}

function pickRandom<T>(items: readonly T[], n: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

export class Client {
  /** Builds, signs, publishes and gathers every request of this client (the agents' requests to each other use the same). */
  private readonly wire: Caller;

  constructor(
    readonly transport: Transport,
    readonly options: ResolvedClientOptions,
    /** Requests are signed with it (agents that enforce security run only signed requests). */
    readonly key?: SigningKey,
  ) {
    this.wire = new Caller(transport, options.caller, key, (kind, message, level) => this.trace(kind, message, level));
  }

  get caller(): string {
    return this.options.caller;
  }

  /** Tells options.trace what happens (--verbose, --debug). */
  private trace(kind: string, message: string, level: "verbose" | "debug" = "verbose"): void {
    this.options.trace?.({ kind, message, level });
  }

  /** A request's bytes: signed when the client has a key. */
  encode(request: Request): Uint8Array {
    return this.wire.encode(request);
  }

  /** A request's bytes for each of its targets: signed and bound to them when the client has a key. */
  encodeFor(request: Request, targets: readonly string[]): (identity: string) => Uint8Array {
    return this.wire.encodeFor(request, targets);
  }

  /** Identities of the hosts that match, sorted. */
  async discover(filter: FilterSpec = {}, options: DiscoveryOptions = {}): Promise<string[]> {
    return (await this.discoverWith(filter, options)).targets;
  }

  /**
   * The discovery method a call with these options uses: the one asked
   * for; static when identities or a nodes file are given; otherwise
   * registry when the broker has the host registry, else broadcast.
   */
  async discoveryMethod(options: DiscoveryOptions = {}): Promise<DiscoveryMethod> {
    if (options.method) return resolveDiscoveryMethod(options.method);
    if (options.identities?.length || options.nodesFile) return "static";
    if (options.program) return "external";
    try {
      if (await this.transport.kv?.().open(HOSTS_BUCKET)) return "registry";
    } catch (err) {
      this.trace("discovery", `cannot look for the host registry (${(err as Error).message}): broadcast discovery`);
    }
    return "broadcast";
  }

  /** Discovery with the method the options resolve to (discoveryMethod), and what it found. */
  async discoverWith(filter: FilterSpec = {}, options: DiscoveryOptions = {}, resolved?: DiscoveryMethod): Promise<Discovered> {
    const method = resolved ?? (await this.discoveryMethod(options));
    const started = performance.now();
    const wire = buildFilter(filter);
    let found: Discovered;
    try {
      found = await DISCOVERERS[method].discover(this.discoveryContext, wire, options);
    } catch (err) {
      // The registry was there a moment ago but cannot be read (permissions, JetStream trouble): broadcast, unless it was asked for.
      if (method !== "registry" || options.method) throw err;
      this.trace("discovery", `cannot read the host registry (${(err as Error).message}): broadcast discovery`);
      found = await DISCOVERERS.broadcast.discover(this.discoveryContext, wire, options);
    }
    if (found.method !== "static") found.targets.sort();
    this.trace("discovery", `${found.targets.length} host${found.targets.length === 1 ? "" : "s"} (${found.method}) in ${(performance.now() - started).toFixed(1)} ms${found.gone.length ? `; gone (not asked): ${found.gone.slice(0, 5).join(", ")}${found.gone.length > 5 ? ", ..." : ""}` : ""}`);
    return found;
  }

  private get discoveryContext(): DiscoveryContext {
    return {
      transport: this.transport,
      defaultTimeoutMs: this.options.discoveryTimeoutMs,
      staticTargets: (filter, options) => this.staticTargets({ identity: filter.identity ?? [] }, options),
      broadcast: async (filter, options) => {
        const found = await this.broadcastRun("rpcutil", "ping", {}, filter, options).collect();
        return { targets: found.summary.targets, refused: found.results.filter((r) => !r.ok) };
      },
    };
  }

  /** rpcutil.ping to every matching host, with round-trip times. */
  ping(filter: FilterSpec = {}, options: CallOptions = {}): CallRun {
    return this.survey("rpcutil", "ping", {}, { ...options, filter });
  }

  /**
   * Asks every matching host at once and takes the answers that come before
   * replies go quiet: one round trip, for views of the fleet (ping, status).
   * With static discovery, the named hosts are asked directly instead.
   */
  survey(agent: string, action: string, body: unknown = {}, options: CallOptions = {}): CallRun {
    const discovery = options.discovery ?? {};
    return new CallRun(async (emit) => {
      const method = await this.discoveryMethod(discovery);
      if (method === "static" || method === "external") {
        const run = this.call(agent, action, body, { ...options, discovery: { ...discovery, method } });
        for await (const host of run) emit(host);
        return run.summary;
      }
      const filter = buildFilter(options.filter ?? {});
      const waitMs = options.timeoutMs ?? discovery.timeoutMs ?? this.options.discoveryTimeoutMs;
      // The registry knows who should answer: the broadcast ends once they all have (else at the wait), and names the silent.
      const expected = method === "registry" ? await this.discoverWith({ ...options.filter, agents: [...(options.filter?.agents ?? []), agent] }, discovery, "registry").catch(() => undefined) : undefined;
      const known = expected?.method === "registry" ? new Set(expected.targets) : undefined;
      const run = known
        ? this.broadcastRun(agent, action, body, filter, { ...discovery, timeoutMs: waitMs, quietMs: waitMs }, options.onProgress, options.signal, known)
        : this.broadcastRun(agent, action, body, filter, discovery, options.onProgress, options.signal);
      const answered = new Set<string>();
      for await (const host of run) {
        answered.add(host.sender);
        emit(host);
      }
      return { ...(await run.summary), gone: stillGone(expected?.goneHosts, answered) };
    });
  }

  /**
   * Calls agent.action on every target (given, or discovered with the
   * filter). Results arrive as the hosts answer; a failed host is a result
   * with its status, never an exception. Throws only when the call as a
   * whole cannot happen (bad filter, no connection).
   */
  call(agent: string, action: string, body: unknown = {}, options: CallOptions = {}): CallRun {
    const { body: bytes, bodyType } = encodeBody(agent, action, body);
    const started = performance.now();
    return new CallRun(async (emit) => {
      const method = options.targets ? "static" : await this.discoveryMethod(options.discovery);
      const staticMode = method === "static";
      // In static mode the hosts still check the rest of the filter (replying ABORTED when they do not match).
      const rest = staticMode ? buildFilter({ ...options.filter, identity: [] }) : null;
      const filter: FilterMessage | null = rest && !isEmptyFilter(rest) ? rest : null;
      // Hosts that answer discovery with a refusal (say, an unsigned request) are results too, not silence.
      let refusedInDiscovery: HostResult[] = [];
      let gone: GoneHost[] = [];
      let targets: string[];
      if (options.targets) targets = staticTargets(options.targets);
      else {
        const found = await this.discoverWith(options.filter, options.discovery, method);
        targets = found.targets;
        refusedInDiscovery = found.refused;
        gone = found.goneHosts ?? [];
      }
      const discoveryMs = performance.now() - started;
      if (options.limit !== undefined && targets.length > 0) targets = pickRandom(targets, parseLimit(options.limit, targets.length)).sort();
      const summary: CallSummary = {
        agent,
        action,
        requestIds: [],
        discovered: targets.length,
        targets,
        ok: 0,
        failed: [],
        noResponse: [],
        gone,
        unexpected: [],
        discoveryMs,
        elapsedMs: 0,
      };
      for (const host of refusedInDiscovery) {
        summary.discovered++;
        summary.failed.push(failure(host));
        emit(host);
      }
      const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
      const batchSize = options.batch && options.batch > 0 ? options.batch : targets.length;
      const progress = () =>
        options.onProgress?.({ phase: "call", discovered: targets.length, replied: summary.ok + summary.failed.length, failed: summary.failed.length, elapsedMs: performance.now() - started });
      for (let i = 0; i < targets.length; i += batchSize) {
        if (options.signal?.aborted) break;
        if (i > 0 && options.batchSleepMs) await sleep(options.batchSleepMs, undefined, { signal: options.signal }).catch(() => undefined);
        const batch = targets.slice(i, i + batchSize);
        const request = this.wire.request({
          agent,
          action,
          ttlMs: options.ttlMs ?? Math.max(this.options.ttlMs, timeoutMs + this.options.graceMs),
          timeoutMs,
          filter,
          body: bytes,
          bodyType,
        });
        summary.requestIds.push(request.id);
        const progressSub = options.onActionProgress ? this.watchProgress(request.id, options.onActionProgress) : undefined;
        const result = await this.wire.send(request, {
          targets: batch,
          waitMs: timeoutMs + this.options.graceMs,
          signal: options.signal,
          onReply: (host) => {
            if (host.ok) summary.ok++;
            else summary.failed.push(failure(host));
            emit(host);
            progress();
          },
        });
        progressSub?.unsubscribe();
        if (result.inboxRefused) throw this.inboxRefused(result.inboxRefused);
        if (result.connectionLost) throw lostConnection(`${agent}.${action}`, summary.ok + summary.failed.length, targets.length);
        summary.unexpected.push(...result.unexpected);
        if (result.refused.size > 0) this.reportRefusal(request, [...result.refused.keys()], [...result.refused.values()][0]!);
        summary.noResponse.push(...result.noResponse);
        for (const identity of batch) {
          const why = result.refused.get(identity);
          if (why === undefined) continue;
          // Not the host's answer: the broker would not carry the request (this user's subject permissions).
          const host: HostResult = { sender: identity, ok: false, statuscode: Status.UNAUTHORIZED, status: "UNAUTHORIZED", statusmsg: `the broker refused: ${why} (the broker's permissions for "${this.caller}" do not allow ${agent}.${action} as a request to one host)`, data: null, requestId: request.id, rttMs: 0, actionMs: 0 };
          summary.failed.push(failure(host));
          emit(host);
        }
      }
      summary.elapsedMs = performance.now() - started;
      return roundTimes(summary);
    });
  }

  private watchProgress(requestId: string, onEvent: (event: ActionProgress) => void): Subscription {
    return this.transport.subscribe(progressSubject(requestId), (msg) => {
      try {
        const event = decodeJson(msg.data) as Record<string, unknown> | null;
        if (event && typeof event === "object" && typeof event.sender === "string") onEvent(camelKeys(event) as unknown as ActionProgress);
      } catch {
        // not a progress event: ignore
      }
    });
  }

  /**
   * What a host says about an agent (its actions, their inputs and outputs):
   * the first matching host that has it answers; undefined when none does.
   */
  async describe(agent: string, filter: FilterSpec = {}, options: DiscoveryOptions = {}): Promise<ampm.v1.IAgentInfo | undefined> {
    const spec = { ...filter, agents: [...(filter.agents ?? []), agent] };
    if (options.method === "static") spec.identity = [...(spec.identity ?? []), ...this.staticTargets({}, options)];
    const stop = new AbortController();
    let found: ampm.v1.IAgentInfo | undefined;
    const waitMs = options.timeoutMs ?? this.options.discoveryTimeoutMs;
    await this.broadcast("rpcutil", "inventory", {}, buildFilter(spec), { waitMs, signal: stop.signal }, (host) => {
      const info = host.ok ? (host.data as ampm.v1.IInventoryReply).agents?.find((a) => a.name === agent) : undefined;
      if (info && !found) {
        found = info;
        stop.abort();
      }
    });
    return found;
  }

  private staticTargets(filter: FilterSpec, options: DiscoveryOptions): string[] {
    const identities = [...(options.identities ?? []), ...(filter.identity ?? [])];
    if (options.nodesFile) identities.push(...readNodesFile(options.nodesFile));
    return staticTargets(identities);
  }

  private broadcastRun(
    agent: string,
    action: string,
    body: unknown,
    filter: FilterMessage,
    options: DiscoveryOptions,
    onProgress?: (p: Progress) => void,
    signal?: AbortSignal,
    /** The hosts that should answer (the registry's): the wait ends once they all have; the silent are named. */
    expected?: ReadonlySet<string>,
  ): CallRun {
    const started = performance.now();
    return new CallRun(async (emit) => {
      const found: string[] = [];
      const failed: HostFailure[] = [];
      const waitMs = options.timeoutMs ?? this.options.discoveryTimeoutMs;
      const quietMs = options.quietMs ?? this.options.discoveryQuietMs;
      const outcome = await this.broadcast(agent, action, body, filter, { waitMs, quietMs, signal, expected }, (host) => {
        if (host.ok) found.push(host.sender);
        else failed.push(failure(host));
        emit(host);
        onProgress?.({ phase: "discovery", discovered: found.length, replied: found.length + failed.length, failed: failed.length, elapsedMs: performance.now() - started });
      });
      const elapsedMs = performance.now() - started;
      const replied = found.length + failed.length;
      return roundTimes({
        agent,
        action,
        requestIds: [outcome.requestId],
        discovered: expected ? new Set([...expected, ...found, ...failed.map((f) => f.sender)]).size : replied,
        targets: found.sort(),
        ok: found.length,
        failed,
        noResponse: outcome.noResponse,
        gone: [],
        unexpected: [],
        discoveryMs: elapsedMs,
        elapsedMs,
      });
    });
  }

  /** One request to every host with `agent`; `onHost` sees each reply; resolves when the wait is over. */
  private async broadcast(
    agent: string,
    action: string,
    body: unknown,
    filter: FilterMessage,
    wait: { waitMs: number; quietMs?: number; signal?: AbortSignal; expected?: ReadonlySet<string> },
    onHost: (host: HostResult) => void,
  ): Promise<SendOutcome> {
    const request = this.wire.request({
      agent,
      action,
      ttlMs: Math.max(wait.waitMs, this.options.ttlMs),
      timeoutMs: wait.waitMs,
      filter,
      ...encodeBody(agent, action, body),
    });
    const result = await this.wire.send(request, { targets: null, ...wait, onReply: onHost });
    if (result.inboxRefused) throw this.inboxRefused(result.inboxRefused);
    if (result.connectionLost) throw lostConnection(`${agent}.${action}`, result.results.length);
    for (const why of result.refused.values()) {
      this.reportRefusal(request, [], why);
      throw new PermissionError(`the broker does not let "${this.caller}" ask every host's ${agent} agent (${why}): this user's permissions do not allow it`);
    }
    return result;
  }

  /**
   * The caller's own audit record of a request the broker would not carry:
   * the broker keeps no record of a refused publish that `ampm audit` can
   * read, so the caller writes one (its user may publish on its own audit
   * subject). Best effort: a record that cannot be sent is not an error.
   */
  private reportRefusal(request: Request, hosts: readonly string[], why: string): void {
    const whom = hosts.length > 0 ? `the request to ${hosts.length} host${hosts.length === 1 ? "" : "s"} (${hosts.slice(0, 5).join(", ")}${hosts.length > 5 ? ", ..." : ""})` : "the broadcast";
    this.writeRefusal(request, "broker", `the broker refused ${whom}: ${why} (reported by the caller)`);
  }

  /**
   * The caller's record of a request refused before it was sent: `ampm
   * serve` refusing a login that may only look. The same record as the
   * broker's refusals above (source "caller", on the caller's own audit
   * subject), with host "serve".
   */
  recordRefusal(agent: string, action: string, body: unknown, why: string, instances: readonly string[] = []): void {
    const request = createRequest({ agent, action, caller: this.caller, ttlMs: this.options.ttlMs, timeoutMs: 0, filter: null, ...encodeBody(agent, action, body) });
    this.writeRefusal(request, "serve", why, instances);
  }

  private writeRefusal(request: Request, host: "broker" | "serve", statusmsg: string, instances: readonly string[] = []): void {
    const record: AuditRecord = {
      time: new Date().toISOString(),
      host,
      request_id: request.id,
      caller: this.caller,
      caller_key: this.key?.publicKey ?? "",
      authenticated: false,
      agent: request.agent,
      action: request.action,
      args_sha256: createHash("sha256").update(request.body).digest("hex"),
      status: "UNAUTHORIZED",
      statusmsg,
      duration_ms: 0,
      instances: [...instances],
      source: "caller",
    };
    try {
      this.transport.publish(callerAuditSubject(this.caller), encodeJson(record));
    } catch {
      // the record is a courtesy: the refusal itself has been reported to the caller
    }
  }

  private inboxRefused(why: string): PermissionError {
    return new PermissionError(
      `the broker does not let this connection read its replies (${why}): the caller name "${this.caller}" must be the name the broker knows this user by (a key's file name, e.g. alice.nk is alice)`,
    );
  }

  /** Waits for pending messages to go out, then disconnects. */
  async close(): Promise<void> {
    this.wire.close();
    await this.transport.drain();
  }
}

function lostConnection(what: string, answered: number, asked?: number): ConnectionError {
  const count = asked === undefined ? `${answered} host${answered === 1 ? "" : "s"} had answered` : `${answered} of ${asked} hosts had answered`;
  return new ConnectionError(`lost the connection to the broker during ${what} (${count}): whether the others acted is not known`);
}

/** The gone hosts, but for any that answered after all (a host that was stuck and came back). */
function stillGone(gone: readonly GoneHost[] | undefined, answered: ReadonlySet<string>): GoneHost[] {
  return (gone ?? []).filter((h) => !answered.has(h.identity));
}

function failure(host: HostResult): HostFailure {
  return { sender: host.sender, statuscode: host.statuscode, status: host.status, statusmsg: host.statusmsg };
}

/** Connects to the broker with options over CLIENT_DEFAULTS (see options.ts for files and env). */
export async function connect(options: ClientOptions = {}): Promise<Client> {
  const resolved = resolveOptions(options);
  const key = resolved.key ? SigningKey.fromFile(resolved.key) : undefined;
  const transport = await connectTransport({
    servers: resolved.servers,
    name: `ampm ${resolved.caller}`,
    user: resolved.user,
    password: resolved.password,
    token: resolved.token,
    credsFile: resolved.creds,
    nkey: key && !resolved.user && !resolved.token && !resolved.creds ? key : undefined,
    tls: resolved.tls,
    inboxPrefix: replyPrefix(resolved.caller),
    connectTimeoutMs: resolved.connectTimeoutMs,
    replicas: resolved.replicas,
  });
  const client = new Client(transport, resolved, key);
  resolved.trace?.({ kind: "connect", level: "verbose", message: `${resolved.servers.join(", ")} as ${resolved.caller}, ${key ? `signing with ${resolved.key}` : "unsigned"}; replies on ${replyPrefix(resolved.caller)}.>` });
  return client;
}
