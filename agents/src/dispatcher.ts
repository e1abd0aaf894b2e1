/**
 * The request pipeline of one host:
 *
 *   bytes ─▶ decode ─▶ signature ─▶ ttl ─▶ duplicate id ─▶ filter ─▶ agent/action ─▶ policy ─▶ body ─▶ run (deadline) ─▶ reply ─▶ audit
 *
 * Malformed bytes are logged and dropped. A broadcast that does not match
 * this host is ignored silently (unless its signature fails: the filter of
 * an unknown caller is not evaluated); everything else gets exactly one
 * reply, and with a guard exactly one audit record.
 */
import type { Logger } from "pino";
import {
  broadcastSubject,
  createReply,
  decodeJson,
  decodeMessage,
  decodeRequest,
  encodeJson,
  encodeMessage,
  encodeReply,
  JSON_BODY,
  nodeSubject,
  progressSubject,
  Status,
  statusName,
  statusOf,
  StatusError,
  typeName,
  type Message,
  type Request,
  type StatusCode,
  type Subscription,
  type Transport,
} from "../../proto/wire/index.js";
import { FilterMatcher, isEmptyFilter, READ_ONLY_ACTIONS, type HostView } from "../../proto/domain/index.js";
import { DEFAULT_ACTION_TIMEOUT_MS, isJsonBody, type ActionContext, type ActionDef, type AgentDef, type BodyType, type DispatchStats, type HostServices } from "./action.js";
import { Deadlines } from "./deadlines.js";
import type { StateDisk } from "./disk.js";
import { checkInput } from "./inputs.js";
import { LogLimiter } from "./log-limit.js";
import { RecentIds, type IdJournal } from "./dedup.js";
import type { AuditFacts, Caller, Decision, Refusal } from "./security/index.js";

/** Authentication, policy and audit, as the dispatcher sees them (security/index.ts's Guard). */
export interface DispatchGuard {
  authenticate(request: Request, bytes: Uint8Array): Caller | Refusal;
  authorize(caller: Caller, agent: string, action: string, host: () => HostView): Decision;
  refusal(caller: Caller, agent: string, action: string, decision: Decision): Refusal;
  record(facts: AuditFacts): void;
}

export interface DispatcherOptions {
  identity: string;
  log: Logger;
  host: HostServices;
  /** The agents this host offers, by name. Read on every request. */
  agents: () => ReadonlyMap<string, AgentDef>;
  maxConcurrent: number;
  maxTtlMs: number;
  clockSkewMs: number;
  now?: () => number;
  /** The deadline timer; agents in one process may share one. */
  deadlines?: Deadlines;
  /** Signatures, policy, audit; without one every request is taken as its caller claims. */
  guard?: DispatchGuard;
  /** Requests created before this (unix ms) are refused: ids from before a restart are known only through `journal`. */
  notBeforeMs?: number;
  /** Ids of writing requests that ran, on disk: loaded at start (from notBeforeMs on), so a copy sent across a restart still runs once. */
  journal?: IdJournal;
  /** The state disk: while it cannot be written, requests that would write are refused (disk.ts). */
  disk?: Pick<StateDisk, "writable" | "status" | "noteError">;
  /** Told of every reply sent (metrics). */
  observe?: (request: Request, status: StatusCode, durationMs: number) => void;
}

export const DISPATCHER_DEFAULTS = Object.freeze({
  maxConcurrent: 256,
  maxTtlMs: 60 * 60 * 1000,
  clockSkewMs: 30_000,
});

interface Outcome {
  status: StatusCode;
  message?: string;
  body?: Uint8Array;
  bodyType?: string;
}

/** What the audit record of a request needs, gathered along the pipeline. */
interface Trail {
  caller?: Caller;
  decision?: Decision;
  action?: ActionDef;
  input?: unknown;
  output?: unknown;
}

export class Dispatcher {
  private readonly recent = new RecentIds();
  private readonly matcher = new FilterMatcher();
  private readonly deadlines: Deadlines;
  private readonly subscriptions = new Map<string, Subscription>();
  /** Running actions: their reply promise and how to abort them. */
  private readonly running = new Map<Promise<void>, (reason: unknown) => void>();
  private readonly now: () => number;
  private readonly limiter: LogLimiter;
  readonly stats: DispatchStats = {
    received: 0,
    malformed: 0,
    filtered: 0,
    duplicates: 0,
    expired: 0,
    busy: 0,
    unauthorized: 0,
    replies: 0,
    actions: {},
    statuses: {},
  };

  constructor(
    private readonly transport: Transport,
    private readonly options: DispatcherOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.deadlines = options.deadlines ?? new Deadlines(this.now);
    this.limiter = new LogLimiter(options.log);
    const journal = options.journal;
    if (journal) {
      const now = this.now();
      // The previous run's ids, written again into this run's journal so a second restart still has them.
      for (const { id, createdAt, expiresAt } of journal.load(options.notBeforeMs ?? Number.NEGATIVE_INFINITY)) {
        if (expiresAt >= now && !this.recent.seen(id, expiresAt, now)) journal.record(id, createdAt, expiresAt);
      }
    }
  }

  /** Subscribes to the direct subject and one broadcast subject per agent; call again after agents change. */
  sync(): void {
    const wanted = new Set([nodeSubject(this.options.identity), ...[...this.options.agents().keys()].map(broadcastSubject)]);
    for (const [subject, sub] of this.subscriptions) {
      if (!wanted.has(subject)) {
        sub.unsubscribe();
        this.subscriptions.delete(subject);
      }
    }
    for (const subject of wanted) {
      if (this.subscriptions.has(subject)) continue;
      const direct = subject === nodeSubject(this.options.identity);
      this.subscriptions.set(subject, this.transport.subscribe(subject, (msg) => this.receive(msg, direct)));
    }
  }

  /** Stops taking requests, aborts running actions after `graceMs`, and waits for their replies. */
  async stop(graceMs = 5000): Promise<void> {
    for (const sub of this.subscriptions.values()) sub.unsubscribe();
    this.subscriptions.clear();
    if (this.running.size > 0) {
      const timer = setTimeout(() => {
        const reason = new StatusError(Status.ABORTED, "the agent is shutting down");
        for (const abort of this.running.values()) abort(reason);
      }, graceMs);
      await Promise.allSettled([...this.running.keys()]);
      clearTimeout(timer);
    }
  }

  get inflight(): number {
    return this.running.size;
  }

  /** Entry point for one message; never throws. */
  receive(msg: Message, direct: boolean): void {
    this.stats.received++;
    let request: Request;
    try {
      request = decodeRequest(msg.data);
    } catch (err) {
      this.stats.malformed++;
      this.limiter.warn("malformed", { subject: msg.subject, bytes: msg.data.length, err: (err as Error).message.slice(0, 200) }, "dropped a malformed message");
      return;
    }
    if (!msg.reply) {
      this.stats.malformed++;
      this.limiter.warn("no-reply", { subject: msg.subject, request: request.id }, "dropped a request without a reply subject");
      return;
    }
    const reply = msg.reply;
    const receivedAt = this.now();
    const trail: Trail = {};
    const guard = this.options.guard;
    if (guard) {
      const who = guard.authenticate(request, msg.data);
      if ("status" in who) {
        this.stats.unauthorized++;
        this.send(reply, request, receivedAt, 0, who, trail);
        return;
      }
      trail.caller = who;
    }
    const refusal = this.admit(request, receivedAt);

    let matched: boolean;
    try {
      matched = isEmptyFilter(request.filter) || this.matcher.matches(request.filter, this.hostView());
    } catch (err) {
      this.send(reply, request, receivedAt, 0, { status: Status.INVALID_DATA, message: `invalid filter: ${(err as Error).message}` }, trail);
      return;
    }
    if (!matched) {
      if (!direct) {
        this.stats.filtered++;
        return;
      }
      this.send(reply, request, receivedAt, 0, { status: Status.ABORTED, message: `${this.options.identity} does not match the request's filter` }, trail);
      return;
    }
    if (refusal) {
      this.send(reply, request, receivedAt, 0, refusal, trail);
      return;
    }
    const found = this.resolve(request);
    if ("status" in found) {
      this.send(reply, request, receivedAt, 0, found, trail);
      return;
    }
    trail.action = found.action;
    if (guard && trail.caller) {
      trail.decision = guard.authorize(trail.caller, request.agent, request.action, () => this.hostView());
      if (!trail.decision.allow) {
        this.stats.unauthorized++;
        this.send(reply, request, receivedAt, 0, guard.refusal(trail.caller, request.agent, request.action, trail.decision), trail);
        return;
      }
    }
    const disk = this.options.disk;
    const writes = request.agent !== "rpcutil" && !READ_ONLY_ACTIONS.includes(`${request.agent}.${request.action}`);
    if (disk && writes && !disk.writable()) {
      const { problem, sinceMs } = disk.status();
      this.send(reply, request, receivedAt, 0, { status: Status.ABORTED, message: `${problem} (since ${new Date(sinceMs).toISOString()}); ${this.options.identity} answers only requests that look, until it can write again` }, trail);
      return;
    }
    if (this.running.size >= this.options.maxConcurrent) {
      this.stats.busy++;
      this.send(reply, request, receivedAt, 0, { status: Status.BUSY, message: `${this.options.identity} is running ${this.running.size} actions, its limit` }, trail);
      return;
    }
    if (writes) this.options.journal?.record(request.id, request.createdAtMs, request.createdAtMs + request.ttlMs + this.options.clockSkewMs);
    const key = `${request.agent}.${request.action}`;
    this.stats.actions[key] = (this.stats.actions[key] ?? 0) + 1;
    let abort: (reason: unknown) => void = () => undefined;
    const outcome = this.run(found.action, request, receivedAt, trail, (fn) => (abort = fn));
    // An action that answered at once (ping, most reads) is replied to in the same turn: no promise, no deadline.
    if (!(outcome instanceof Promise)) {
      this.send(reply, request, receivedAt, this.now() - receivedAt, outcome, trail);
      return;
    }
    const job = outcome.then((done) => {
      this.running.delete(job);
      this.send(reply, request, receivedAt, this.now() - receivedAt, done, trail);
    });
    this.running.set(job, (reason) => abort(reason));
  }

  /** The ttl and duplicate checks; undefined when the request may run. */
  private admit(request: Request, now: number): Outcome | undefined {
    const { ttlMs, createdAtMs, id } = request;
    if (ttlMs <= 0 || ttlMs > this.options.maxTtlMs) {
      this.stats.expired++;
      return { status: Status.EXPIRED, message: `ttl_ms must be between 1 and ${this.options.maxTtlMs}, got ${ttlMs}` };
    }
    if (createdAtMs > now + this.options.clockSkewMs) {
      this.stats.expired++;
      return { status: Status.EXPIRED, message: `request created ${createdAtMs - now} ms in the future: check the clocks of caller and host` };
    }
    if (this.options.notBeforeMs !== undefined && createdAtMs < this.options.notBeforeMs) {
      this.stats.expired++;
      return { status: Status.EXPIRED, message: `request created ${this.options.notBeforeMs - createdAtMs} ms before ${this.options.identity}'s agent started: send it again` };
    }
    const expiresAt = createdAtMs + ttlMs;
    if (expiresAt < now) {
      this.stats.expired++;
      return { status: Status.EXPIRED, message: `request expired ${now - expiresAt} ms ago (ttl ${ttlMs} ms)` };
    }
    if (this.recent.seen(id, expiresAt + this.options.clockSkewMs, now)) {
      this.stats.duplicates++;
      return { status: Status.EXPIRED, message: `request ${id} was seen before: not run twice` };
    }
    return undefined;
  }

  private resolve(request: Request): { agent: AgentDef; action: ActionDef } | Outcome {
    const agent = this.options.agents().get(request.agent);
    if (!agent) return { status: Status.UNKNOWN_ACTION, message: `unknown agent "${request.agent}" on ${this.options.identity}` };
    if (agent.active === false) {
      return { status: Status.UNKNOWN_ACTION, message: `agent "${agent.name}" is inactive on ${this.options.identity}: ${agent.inactiveReason ?? "probe failed"}` };
    }
    const action = Object.hasOwn(agent.actions, request.action) ? agent.actions[request.action] : undefined;
    if (!action) {
      const known = Object.keys(agent.actions).sort().join(", ");
      return { status: Status.UNKNOWN_ACTION, message: `agent "${agent.name}" has no action "${request.action}" (it has: ${known})` };
    }
    return { agent, action };
  }

  /**
   * Runs an action under its deadline. The AbortSignal and the child logger
   * are made only when the action asks for them: most actions finish at once
   * and never do, and the fan-out path stays cheap. An action whose run
   * returns a value (not a promise) has finished: its outcome is returned
   * as is, without a deadline.
   */
  private run(action: ActionDef, request: Request, receivedAt: number, trail: Trail, onAbort: (abort: (reason: unknown) => void) => void): Outcome | Promise<Outcome> {
    let input: unknown;
    try {
      input = decodeInput(action.input, request);
    } catch (err) {
      return { status: Status.INVALID_DATA, message: (err as Error).message };
    }
    try {
      checkInput(`${request.agent}.${request.action}`, action, input);
    } catch (err) {
      return statusOf(err);
    }
    trail.input = input;
    const limit = action.timeoutMs ?? DEFAULT_ACTION_TIMEOUT_MS;
    const timeoutMs = request.timeoutMs > 0 ? Math.min(request.timeoutMs, limit) : limit;
    let controller: AbortController | undefined;
    let log: Logger | undefined;
    const baseLog = this.options.log;
    const abortWith = (reason: unknown) => (controller ??= new AbortController()).abort(reason);
    const ctx: ActionContext = {
      requestId: request.id,
      caller: request.caller,
      deadline: receivedAt + timeoutMs,
      host: this.options.host,
      get signal() {
        return (controller ??= new AbortController()).signal;
      },
      get log() {
        return (log ??= baseLog.child({ request: request.id, agent: request.agent, action: request.action }));
      },
      progress: (progress) => this.progress(request, progress),
    };
    const maxPayload = this.transport.maxPayload;
    let result: unknown;
    let threw = false;
    try {
      result = action.run(input, ctx);
    } catch (err) {
      threw = true;
      result = err;
    }
    if (!threw && !isThenable(result)) {
      trail.output = result;
      try {
        return encodeOutput(action.output, result, maxPayload);
      } catch (err) {
        return { status: Status.UNKNOWN_ERROR, message: `the action's output cannot be encoded: ${(err as Error).message}` };
      }
    }
    return new Promise<Outcome>((resolve) => {
      let settled = false;
      const settle = (outcome: Outcome) => {
        if (settled) return;
        settled = true;
        cancelDeadline();
        resolve(outcome);
      };
      const cancelDeadline = this.deadlines.add(receivedAt + timeoutMs, () => {
        abortWith(new DOMException(`action did not finish within ${timeoutMs} ms`, "TimeoutError"));
        settle({ status: Status.TIMEOUT, message: `${request.agent}.${request.action} did not finish within ${timeoutMs} ms` });
      });
      onAbort((reason) => {
        abortWith(reason);
        settle({ ...statusOf(reason) });
      });
      const pending: Promise<unknown> = threw ? Promise.reject(result) : Promise.resolve(result);
      pending.then(
        (output) => {
          trail.output = output;
          try {
            settle(encodeOutput(action.output, output, maxPayload));
          } catch (err) {
            settle({ status: Status.UNKNOWN_ERROR, message: `the action's output cannot be encoded: ${(err as Error).message}` });
          }
        },
        (err) => {
          this.options.disk?.noteError(err);
          const { status, message } = statusOf(controller?.signal.aborted ? controller.signal.reason : err);
          if (status === Status.UNKNOWN_ERROR) ctx.log.error({ err }, "action failed");
          settle({ status, message });
        },
      );
    });
  }

  private readonly lastProgress = new Map<string, number>();

  /** Publishes an action's progress, at most ten a second per request (the last one, done = total, always). */
  private progress(request: Request, progress: { done?: number; total?: number; message?: string }): void {
    const now = this.now();
    const last = this.lastProgress.get(request.id) ?? 0;
    const final = progress.total !== undefined && progress.done === progress.total;
    if (!final && now - last < 100) return;
    this.lastProgress.set(request.id, now);
    if (this.lastProgress.size > 10_000) this.lastProgress.clear();
    const event = {
      request_id: request.id,
      sender: this.options.identity,
      agent: request.agent,
      action: request.action,
      time_ms: now,
      done: progress.done,
      total: progress.total,
      message: progress.message,
    };
    try {
      this.transport.publish(progressSubject(request.id), encodeJson(event));
    } catch (err) {
      this.options.log.warn({ err, request: request.id }, "could not publish progress");
    }
  }

  private send(subject: string, request: Request, receivedAt: number, actionMs: number, outcome: Outcome, trail: Trail): void {
    const reply = createReply({
      requestId: request.id,
      sender: this.options.identity,
      status: outcome.status,
      statusmsg: outcome.message,
      body: outcome.body,
      bodyType: outcome.bodyType,
      receivedAtMs: receivedAt,
      actionMs,
    });
    const name = statusName(outcome.status);
    this.stats.statuses[name] = (this.stats.statuses[name] ?? 0) + 1;
    this.lastProgress.delete(request.id);
    this.stats.replies++;
    if (outcome.status !== Status.OK) {
      this.limiter.info(
        `refused-${name}`,
        { request: request.id, caller: request.caller.slice(0, 256), agent: request.agent.slice(0, 64), action: request.action.slice(0, 64), status: name, reason: outcome.message?.slice(0, 1024) },
        "request refused or failed",
      );
    }
    this.audit(request, actionMs, outcome, trail);
    this.options.observe?.(request, outcome.status, this.now() - receivedAt);
    try {
      this.transport.publish(subject, encodeReply(reply));
    } catch (err) {
      this.options.log.error({ err, request: request.id }, "could not publish a reply");
    }
  }

  /** The audit record, written before the reply goes out. */
  private audit(request: Request, durationMs: number, outcome: Outcome, trail: Trail): void {
    const guard = this.options.guard;
    if (!guard) return;
    // Refused before it ran: the record still names what it would have acted on.
    const input = trail.input !== undefined || outcome.status === Status.OK ? trail.input : this.inputOf(request, trail.action);
    try {
      guard.record({ request, caller: trail.caller, decision: trail.decision, status: outcome.status, statusmsg: outcome.message ?? (outcome.status === Status.OK ? "OK" : ""), durationMs, input, output: trail.output });
    } catch (err) {
      this.options.log.error({ err, request: request.id }, "could not write the audit record");
    }
  }

  /** The request's input, if its action is known here and its body decodes. */
  private inputOf(request: Request, known: ActionDef | undefined): unknown {
    let action = known;
    if (!action) {
      const found = this.resolve(request);
      if ("status" in found) return undefined;
      action = found.action;
    }
    try {
      return decodeInput(action.input, request);
    } catch {
      return undefined;
    }
  }

  private hostView(): HostView {
    const host = this.options.host;
    return { identity: host.identity, facts: host.facts(), tags: host.tags(), agents: [...this.options.agents().keys()] };
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === "object" || typeof value === "function") && value !== null && typeof (value as { then?: unknown }).then === "function";
}

function decodeInput(type: BodyType, request: Request): unknown {
  if (isJsonBody(type)) {
    if (request.bodyType && request.bodyType !== JSON_BODY) {
      throw new StatusError(Status.INVALID_DATA, `body_type must be ${JSON_BODY}, got "${request.bodyType}"`);
    }
    return decodeJson(request.body) ?? {};
  }
  const expected = typeName(type);
  if (request.bodyType && request.bodyType !== expected) {
    throw new StatusError(Status.INVALID_DATA, `body_type must be ${expected}, got "${request.bodyType}"`);
  }
  return decodeMessage(type, request.body);
}

function encodeOutput(type: BodyType, output: unknown, maxPayload: number): Outcome {
  const body = isJsonBody(type) ? encodeJson(output) : encodeMessage(type, (output ?? {}) as Record<string, unknown>);
  if (body.length > maxPayload - 1024) {
    return { status: Status.UNKNOWN_ERROR, message: `reply of ${body.length} bytes exceeds the broker's max_payload (${maxPayload})` };
  }
  return { status: Status.OK, body, bodyType: isJsonBody(type) ? JSON_BODY : typeName(type) };
}
