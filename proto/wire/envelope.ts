/**
 * The envelope codec: the only place that turns requests and replies into
 * bytes and back.
 */
import { randomBytes } from "node:crypto";
import { ampm } from "./proto.js";
import { ProtocolError } from "./errors.js";
import { Status, type StatusCode } from "./status.js";
import { PROTOCOL } from "./subjects.js";

export type Request = ampm.v1.Request;
export type Reply = ampm.v1.Reply;
export type FilterMessage = ampm.v1.IFilter;

const ID = /^[\x21-\x7e]{1,128}$/;
/** Caller names: a person, a service, or "agent:<identity>" (253 characters at most). */
const MAX_CALLER = 300;
/** Agent and action names (subject tokens of 64 characters at most). */
const MAX_NAME = 64;

/** 32 lowercase hex characters from a CSPRNG. */
export function newRequestId(): string {
  return randomBytes(16).toString("hex");
}

export interface RequestInit {
  agent: string;
  action: string;
  caller: string;
  ttlMs: number;
  timeoutMs: number;
  body?: Uint8Array;
  bodyType?: string;
  filter?: FilterMessage | null;
  id?: string;
  createdAtMs?: number;
  /** The signer's nkeys public key ("U..."); see signing.ts. */
  callerPublicKey?: string;
}

export function createRequest(init: RequestInit): Request {
  return ampm.v1.Request.create({
    protocol: PROTOCOL,
    id: init.id ?? newRequestId(),
    caller: init.caller,
    agent: init.agent,
    action: init.action,
    createdAtMs: init.createdAtMs ?? Date.now(),
    ttlMs: init.ttlMs,
    timeoutMs: init.timeoutMs,
    filter: init.filter ?? null,
    body: init.body ?? new Uint8Array(0),
    bodyType: init.bodyType ?? "",
    callerPublicKey: init.callerPublicKey ?? "",
  });
}

export function encodeRequest(request: Request): Uint8Array {
  return ampm.v1.Request.encode(request).finish();
}

/** Decodes and checks the protocol and id; throws ProtocolError on anything else. */
export function decodeRequest(bytes: Uint8Array): Request {
  let request: Request;
  try {
    request = ampm.v1.Request.decode(bytes);
  } catch (err) {
    throw new ProtocolError(`not an ampm.v1 request: ${(err as Error).message}`, { cause: err });
  }
  if (request.protocol !== PROTOCOL) {
    throw new ProtocolError(`unknown protocol ${JSON.stringify(request.protocol.slice(0, 40))}, expected "${PROTOCOL}"`);
  }
  if (!ID.test(request.id)) throw new ProtocolError("request without a valid id");
  // Echoed into replies, audit records and logs: a sender may not make it large.
  if (request.caller.length > MAX_CALLER) throw new ProtocolError(`caller name longer than ${MAX_CALLER} characters`);
  if (request.agent.length > MAX_NAME || request.action.length > MAX_NAME) throw new ProtocolError(`agent or action name longer than ${MAX_NAME} characters`);
  return request;
}

export interface ReplyInit {
  requestId: string;
  sender: string;
  status: StatusCode;
  statusmsg?: string;
  body?: Uint8Array;
  bodyType?: string;
  receivedAtMs?: number;
  actionMs?: number;
}

export function createReply(init: ReplyInit): Reply {
  return ampm.v1.Reply.create({
    protocol: PROTOCOL,
    requestId: init.requestId,
    sender: init.sender,
    statuscode: init.status,
    statusmsg: init.statusmsg ?? (init.status === Status.OK ? "OK" : ""),
    body: init.body ?? new Uint8Array(0),
    bodyType: init.bodyType ?? "",
    timing: { receivedAtMs: init.receivedAtMs ?? 0, actionMs: init.actionMs ?? 0 },
  });
}

export function encodeReply(reply: Reply): Uint8Array {
  return ampm.v1.Reply.encode(reply).finish();
}

export function decodeReply(bytes: Uint8Array): Reply {
  let reply: Reply;
  try {
    reply = ampm.v1.Reply.decode(bytes);
  } catch (err) {
    throw new ProtocolError(`not an ampm.v1 reply: ${(err as Error).message}`, { cause: err });
  }
  if (reply.protocol !== PROTOCOL) {
    throw new ProtocolError(`unknown protocol ${JSON.stringify(reply.protocol.slice(0, 40))}, expected "${PROTOCOL}"`);
  }
  return reply;
}
