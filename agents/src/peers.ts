/**
 * Requests from this agent to others, through the broker (migrations ask
 * the target host, evacuations ask the fleet). The same caller as the
 * client library's (proto/wire/caller.ts); the caller name is
 * "agent:<identity>", and with the host's key the requests are signed
 * (other hosts trust it with the role "agent").
 */
import {
  Caller,
  encodeMessage,
  Status,
  typeName,
  type CallResult,
  type ProtoClass,
  type SigningKey,
  type Transport,
} from "../../proto/wire/index.js";
import { buildFilter, type FilterSpec } from "../../proto/domain/index.js";

/** One host's answer (its body decoded as T). */
export type PeerReply<T> = CallResult & { data: T };

export class Peers {
  private readonly wire: Caller;
  readonly caller: string;

  constructor(transport: Transport, identity: string, key?: SigningKey) {
    this.caller = `agent:${identity}`;
    this.wire = new Caller(transport, this.caller, key);
  }

  private request(agent: string, action: string, type: ProtoClass, value: object, timeoutMs: number, filter: FilterSpec | null) {
    return this.wire.request({
      agent,
      action,
      ttlMs: Math.max(60_000, timeoutMs),
      timeoutMs,
      filter: filter ? buildFilter(filter) : null,
      body: encodeMessage(type, value as Record<string, unknown>),
      bodyType: typeName(type),
    });
  }

  /** One host; undefined when it did not answer in time. */
  async call<T>(target: string, agent: string, action: string, type: ProtoClass, value: object, timeoutMs = 10_000): Promise<PeerReply<T> | undefined> {
    const request = this.request(agent, action, type, value, timeoutMs, null);
    const { results } = await this.wire.send(request, { targets: [target], waitMs: timeoutMs + 1000 });
    return results[0] as PeerReply<T> | undefined;
  }

  /** Every host with `agent` that matches the filter, until replies go quiet. */
  async broadcast<T>(agent: string, action: string, type: ProtoClass, value: object, options: { filter?: FilterSpec; waitMs?: number; quietMs?: number } = {}): Promise<PeerReply<T>[]> {
    const waitMs = options.waitMs ?? 2000;
    const request = this.request(agent, action, type, value, waitMs, options.filter ?? null);
    const { results } = await this.wire.send(request, { targets: null, waitMs, quietMs: options.quietMs ?? 300 });
    return results as PeerReply<T>[];
  }
}

export function isOk(reply: { statuscode: number } | undefined): boolean {
  return reply?.statuscode === Status.OK;
}
