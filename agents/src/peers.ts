/**
 * Requests from this agent to others, through the broker (migrations ask
 * the target host, evacuations ask the fleet). Same envelope and subjects as
 * any caller; the caller name is "agent:<identity>", and with the host's key
 * the requests are signed (other hosts trust it with the role "agent").
 */
import {
  buildFilter,
  createRequest,
  decodeBody,
  encodeForTargets,
  encodeMessage,
  encodeRequestAs,
  gather,
  ReplyMux,
  Status,
  statusName,
  typeName,
  type FilterSpec,
  type ProtoClass,
  type Request,
  type SigningKey,
  type Transport,
} from "../../proto/wire/index.js";

export interface PeerReply<T> {
  sender: string;
  statuscode: number;
  status: string;
  statusmsg: string;
  data: T;
}

export class Peers {
  private readonly replies: ReplyMux;
  readonly caller: string;

  constructor(
    private readonly transport: Transport,
    identity: string,
    private readonly key?: SigningKey,
  ) {
    this.caller = `agent:${identity}`;
    this.replies = new ReplyMux(transport, this.caller);
  }

  private request(agent: string, action: string, type: ProtoClass, value: object, timeoutMs: number, filter: FilterSpec | null) {
    return createRequest({
      agent,
      action,
      caller: this.caller,
      ttlMs: Math.max(60_000, timeoutMs),
      timeoutMs,
      filter: filter ? buildFilter(filter) : null,
      body: encodeMessage(type, value as Record<string, unknown>),
      bodyType: typeName(type),
    });
  }

  private encode(request: Request): Uint8Array {
    return encodeRequestAs(request, this.key);
  }

  /** One host; undefined when it did not answer in time. */
  async call<T>(target: string, agent: string, action: string, type: ProtoClass, value: object, timeoutMs = 10_000): Promise<PeerReply<T> | undefined> {
    const request = this.request(agent, action, type, value, timeoutMs, null);
    let reply: PeerReply<T> | undefined;
    await gather({
      transport: this.transport,
      replies: this.replies,
      requestId: request.id,
      request: encodeForTargets(request, this.key, [target]),
      targets: [target],
      agent,
      waitMs: timeoutMs + 1000,
      onReply: (r) => {
        reply = { sender: r.sender, statuscode: r.statuscode, status: statusName(r.statuscode), statusmsg: r.statusmsg, data: decodeBody(r.body, r.bodyType) as T };
      },
    });
    return reply;
  }

  /** Every host with `agent` that matches the filter, until replies go quiet. */
  async broadcast<T>(agent: string, action: string, type: ProtoClass, value: object, options: { filter?: FilterSpec; waitMs?: number; quietMs?: number } = {}): Promise<PeerReply<T>[]> {
    const waitMs = options.waitMs ?? 2000;
    const request = this.request(agent, action, type, value, waitMs, options.filter ?? null);
    const out: PeerReply<T>[] = [];
    await gather({
      transport: this.transport,
      replies: this.replies,
      requestId: request.id,
      request: this.encode(request),
      targets: null,
      agent,
      waitMs,
      quietMs: options.quietMs ?? 300,
      onReply: (r) => {
        out.push({ sender: r.sender, statuscode: r.statuscode, status: statusName(r.statuscode), statusmsg: r.statusmsg, data: decodeBody(r.body, r.bodyType) as T });
      },
    });
    return out;
  }
}

export function isOk(reply: { statuscode: number } | undefined): boolean {
  return reply?.statuscode === Status.OK;
}
