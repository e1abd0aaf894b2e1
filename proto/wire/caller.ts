/**
 * One caller for every request on the bus: the client library's fan-out
 * calls and an agent's requests to other agents (migrations, evacuations)
 * both go through it.
 *
 *   request(init) ─▶ send(request, to) ─▶ sign (bound to the targets) ─▶ publish ─▶ gather ─▶ check ─▶ decode ─▶ results with status
 *
 * Replies are checked by gather (the request's id, a sender that is a host
 * name, a sender that was asked); a reply whose envelope or body cannot be
 * decoded is counted or becomes a result with status UNKNOWN_ERROR, never
 * an exception. What the caller does with hosts that were silent or that
 * the broker refused is its own: the outcome names them.
 */
import { createRequest, type FilterMessage, type Reply, type Request } from "./envelope.js";
import { decodeBody } from "./body.js";
import { gather } from "./gather.js";
import { ReplyMux } from "./mux.js";
import { encodeForTargets, encodeRequestAs, type SigningKey } from "./signing.js";
import { Status, statusName } from "./status.js";
import { broadcastSubject, nodeSubject } from "./subjects.js";
import type { Transport } from "./transport.js";

/** One host's answer, decoded: a failed host is a result with its status. */
export interface CallResult {
  sender: string;
  ok: boolean;
  statuscode: number;
  /** "OK", "TIMEOUT", ... */
  status: string;
  statusmsg: string;
  /** The decoded body: a plain object for protobuf and JSON bodies. */
  data: unknown;
  requestId: string;
  /** From publishing the request to receiving this reply. */
  rttMs: number;
  /** How long the action ran on the host. */
  actionMs: number;
}

export interface CallRequestInit {
  agent: string;
  action: string;
  /** The encoded body and its type (protobuf type name or application/json). */
  body: Uint8Array;
  bodyType: string;
  /** How long the host may run the action. */
  timeoutMs: number;
  /** How long the request stays valid (hosts refuse it after). */
  ttlMs: number;
  filter?: FilterMessage | null;
}

export interface SendOptions {
  /** Exactly these hosts, each on its own subject (signed requests are bound to them); null: one broadcast to every host with the agent. */
  targets: readonly string[] | null;
  /** The longest to wait for replies after publishing. */
  waitMs: number;
  /** Broadcast only: stop once no reply came for this long (after the first one). */
  quietMs?: number;
  /** Broadcast only: the hosts that should answer (the host registry): the wait ends once they all have, and the silent are named. */
  expected?: ReadonlySet<string>;
  signal?: AbortSignal;
  onReply?: (result: CallResult) => void;
}

export interface SendOutcome {
  requestId: string;
  /** Every reply, in the order they came. */
  results: CallResult[];
  /** Asked (a target, or an expected host of a broadcast) and silent until the wait was over, sorted. */
  noResponse: string[];
  /** Replies from hosts that were not asked (kept for diagnosis). */
  unexpected: string[];
  /** Replies that could not be read as a reply from a host. */
  malformed: number;
  /** Hosts (for a broadcast: the agent's broadcast subject) the broker would not let us publish to: identity -> its message. */
  refused: Map<string, string>;
  /** The broker's message when it would not let us read the replies at all. */
  inboxRefused?: string;
  /** The connection to the broker was lost before the wait was over: who did not answer is unknown. */
  connectionLost?: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A reply as a result: its body decoded; a body that cannot be decoded makes the result UNKNOWN_ERROR. */
export function toCallResult(reply: Reply, rttMs: number): CallResult {
  let data: unknown = null;
  let statuscode: number = reply.statuscode;
  let statusmsg = reply.statusmsg;
  try {
    data = decodeBody(reply.body, reply.bodyType);
  } catch (err) {
    statuscode = Status.UNKNOWN_ERROR;
    statusmsg = `the reply's body could not be decoded: ${(err as Error).message}`;
  }
  return {
    sender: reply.sender,
    ok: statuscode === Status.OK,
    statuscode,
    status: statusName(statuscode),
    statusmsg,
    data,
    requestId: reply.requestId,
    rttMs: round2(rttMs),
    actionMs: round2(reply.timing?.actionMs ?? 0),
  };
}

export type CallTrace = (kind: "request" | "reply", message: string, level: "verbose" | "debug") => void;

/** Requests from one caller name (and key) over one connection; replies come on one inbox subscription (ReplyMux). */
export class Caller {
  readonly replies: ReplyMux;

  constructor(
    readonly transport: Transport,
    /** The caller name the hosts see and the reply subjects carry. */
    readonly name: string,
    /** Requests are signed with it (hosts that enforce security run only signed requests). */
    readonly key?: SigningKey,
    private readonly trace?: CallTrace,
  ) {
    this.replies = new ReplyMux(transport, name);
  }

  /** A new request from this caller (its id is the one the replies carry). */
  request(init: CallRequestInit): Request {
    return createRequest({ ...init, caller: this.name, filter: init.filter ?? null });
  }

  /** A request's bytes: signed when the caller has a key. */
  encode(request: Request): Uint8Array {
    return encodeRequestAs(request, this.key);
  }

  /** A request's bytes for each of its targets: signed and bound to them when the caller has a key. */
  encodeFor(request: Request, targets: readonly string[]): (identity: string) => Uint8Array {
    return encodeForTargets(request, this.key, targets);
  }

  /** Publishes the request (to the targets, or as a broadcast) and gathers the replies as results. */
  async send(request: Request, options: SendOptions): Promise<SendOutcome> {
    const { targets } = options;
    const results: CallResult[] = [];
    const where = targets
      ? `to ${targets.length} host${targets.length === 1 ? "" : "s"} on ${targets.slice(0, 3).map(nodeSubject).join(", ")}${targets.length > 3 ? ", ..." : ""}`
      : `on ${broadcastSubject(request.agent)}, waiting up to ${options.waitMs} ms${options.quietMs ? ` (${options.quietMs} ms quiet ends it)` : ""}`;
    this.trace?.("request", `${request.id} ${request.agent}.${request.action} ${where}`, "verbose");
    const waiting = options.expected && !targets ? new Set(options.expected) : undefined;
    // With an expected set the broadcast ends once all of it has answered.
    const done = waiting ? new AbortController() : undefined;
    const onAbort = () => done?.abort();
    if (done) {
      if (options.signal?.aborted || waiting!.size === 0) done.abort();
      else options.signal?.addEventListener("abort", onAbort, { once: true });
    }
    let result;
    try {
      result = await gather({
        transport: this.transport,
        replies: this.replies,
        requestId: request.id,
        request: targets ? this.encodeFor(request, targets) : this.encode(request),
        targets,
        agent: request.agent,
        waitMs: options.waitMs,
        quietMs: targets ? undefined : options.quietMs,
        signal: done?.signal ?? options.signal,
        onReply: (reply, rttMs) => {
          const host = toCallResult(reply, rttMs);
          this.trace?.("reply", `${host.sender} ${host.status} in ${host.rttMs} ms (${request.id})`, "debug");
          results.push(host);
          options.onReply?.(host);
          if (waiting?.delete(host.sender) && waiting.size === 0) done!.abort();
        },
      });
    } finally {
      options.signal?.removeEventListener("abort", onAbort);
    }
    const asked = targets ?? [...(options.expected ?? [])];
    // In the order asked (a static list keeps the operator's order); the registry's set sorted.
    const silent = result.connectionLost || result.inboxRefused ? [] : asked.filter((id) => !result.replied.has(id) && !result.refused.has(id));
    const noResponse = targets ? silent : silent.sort();
    return {
      requestId: request.id,
      results,
      noResponse,
      unexpected: result.unexpected,
      malformed: result.malformed,
      refused: result.refused,
      inboxRefused: result.inboxRefused,
      connectionLost: result.connectionLost,
    };
  }

  /** Stops reading replies (the connection stays the transport owner's). */
  close(): void {
    this.replies.close();
  }
}
