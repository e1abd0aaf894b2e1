/**
 * Every NATS subject of the ampm.v1 namespace comes from this file.
 *
 *   ampm.v1.broadcast.<agent>          a request to every host with <agent>
 *   ampm.v1.node.<identity>            a request to one host
 *   ampm.v1.reply.<caller-token>.<id>  replies, one inbox per call
 *   ampm.v1.event.<kind>.<...>         job progress, lifecycle, audit
 *   ampm.v1.stream.<id>.<identity>     volume data between two agents (chunks one way, credit the other)
 */
import { ConfigError } from "./errors.js";
import { nameProblem } from "./names.js";

export const PROTOCOL = "ampm.v1";
const NS = PROTOCOL;

/** Agent and action names: lower case letters, digits, '_' and '-'. */
const NAME = /^[a-z][a-z0-9_-]{0,63}$/;

export function isValidName(name: string): boolean {
  return NAME.test(name);
}

/**
 * Identities are host names (names.ts: a DNS name); their dots become
 * subject tokens. Throws a ConfigError naming what is wrong.
 */
export function assertValidIdentity(identity: string): void {
  if (identity.length === 0) throw new ConfigError("identity is empty");
  const problem = nameProblem("hostname", identity, "identity");
  if (problem) throw new ConfigError(problem);
}

export function broadcastSubject(agent: string): string {
  return `${NS}.broadcast.${agent}`;
}

export function nodeSubject(identity: string): string {
  return `${NS}.node.${identity}`;
}

/** Every host's direct subject (for broker permissions and monitoring). */
export const ALL_NODES_SUBJECT = `${NS}.node.>`;

/** Every broadcast subject. */
export const ALL_BROADCAST_SUBJECT = `${NS}.broadcast.>`;

/**
 * The token a caller's replies live under. Broker permissions give each
 * caller `ampm.v1.reply.<token>.>` and nothing else of the reply space.
 */
export function callerToken(caller: string): string {
  const token = caller.replace(/[^A-Za-z0-9_-]+/g, "_").replace(/^_+|_+$/g, "");
  return token.length > 0 ? token.slice(0, 64) : "anonymous";
}

export function replyPrefix(caller: string): string {
  return `${NS}.reply.${callerToken(caller)}`;
}

/**
 * One streaming transfer's messages for one of its two ends (the recipient
 * last: an agent subscribes to `ampm.v1.stream.*.<its identity>` at most).
 * The id is one token: letters, digits, '_' and '-'.
 */
export function streamSubject(transferId: string, recipient: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(transferId)) throw new ConfigError(`transfer id ${JSON.stringify(transferId)} is not one subject token`);
  return `${NS}.stream.${transferId}.${recipient}`;
}

/** Every transfer's messages to one host (broker permissions). */
export function streamInboxSubject(identity: string): string {
  return `${NS}.stream.*.${identity}`;
}

/** Every stream subject (broker permissions: agents publish to their peers). */
export const ALL_STREAM_SUBJECT = `${NS}.stream.>`;

/** Progress of one request's action, from every host running it. */
export function progressSubject(requestId: string): string {
  return `${NS}.event.progress.${requestId}`;
}

export function eventSubject(kind: string, ...parts: string[]): string {
  return [NS, "event", kind, ...parts].join(".");
}

/** Audit records of one host (JSON lines), kept in the stream AUDIT_STREAM. */
export function auditSubject(identity: string): string {
  return eventSubject("audit", identity);
}

/**
 * Records of refusals by the broker, kept in the audit stream beside the
 * hosts' records (an underscore: no host identity can take these names):
 * failed logins, from nats-server's system events; and a caller's own
 * account of a request the broker would not carry.
 */
export const BROKER_AUDIT_PREFIX = `${NS}.event.audit._broker`;
export function callerAuditSubject(caller: string): string {
  return `${NS}.event.audit._caller.${callerToken(caller)}`;
}

/** The JetStream stream that keeps every host's audit records. */
export const AUDIT_STREAM = "AMPM_AUDIT";
export const ALL_AUDIT_SUBJECT = `${NS}.event.audit.>`;
