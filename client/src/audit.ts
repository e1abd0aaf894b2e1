/**
 * Who did what, when: the audit records every host keeps in the broker's
 * stream AMPM_AUDIT, read back in order and filtered.
 *
 *   stream AMPM_AUDIT (ampm.v1.event.audit.<host>, JSON lines) ─▶ parse ─▶ filter ─▶ entries (lowerCamelCase)
 */
import { ALL_AUDIT_SUBJECT, AUDIT_STREAM, auditSubject, BROKER_AUDIT_PREFIX, recordStreams } from "../../proto/wire/index.js";
import { brokerAuthRecord, identityMatcher, isLookup, parseAuditLine, type AuditRecord } from "../../proto/domain/index.js";
import { camelKeys, type CamelKeys } from "./casing.js";
import type { Client } from "./client.js";

export { isLookup };

/** An audit record as the library gives it back: the record's fields in lowerCamelCase. */
export type AuditEntry = CamelKeys<AuditRecord>;

export interface AuditQuery {
  /** Records that name this instance (a hostname; "host:profile" works too). */
  instance?: string;
  /** Records of this host: an identity, or a glob (hv*). */
  host?: string;
  /** Records of this caller (name or public key). */
  caller?: string;
  /** "agent.action", or a glob: hypervisor.*, *.migrate. */
  action?: string;
  /** Status name: OK, UNAUTHORIZED, ... */
  status?: string;
  /** Records from this time on (unix ms), and up to this one. */
  sinceMs?: number;
  untilMs?: number;
  /** Keep going: new records as they come, until the signal aborts. */
  follow?: boolean;
  signal?: AbortSignal;
}

const GLOB = /[*?[]/;

/** A predicate for the query's filters (everything but time and host subject). */
export function auditFilter(query: AuditQuery): (record: AuditRecord) => boolean {
  const instance = query.instance ? query.instance.split(":")[0]! : undefined;
  const host = query.host ? (GLOB.test(query.host) ? identityMatcher(query.host) : (name: string) => name === query.host) : undefined;
  const action = query.action ? identityMatcher(query.action) : undefined;
  const status = query.status?.toUpperCase();
  return (r) =>
    (!instance || r.instances.includes(instance)) &&
    (!host || host(r.host)) &&
    (!query.caller || r.caller === query.caller || r.caller_key === query.caller) &&
    (!action || action(`${r.agent}.${r.action}`)) &&
    (!status || r.status === status) &&
    (query.sinceMs === undefined || Date.parse(r.time) >= query.sinceMs) &&
    (query.untilMs === undefined || Date.parse(r.time) <= query.untilMs);
}

/**
 * The matching records, in the order the broker stored them. Throws a ConnectionError when the
 * broker has no audit stream (no agent with JetStream has started yet).
 */
export async function* readAudit(client: Client, query: AuditQuery = {}): AsyncIterable<AuditEntry> {
  // One host's records are on its own subject; the broker's (host "broker") are on several.
  // Records written by callers (host "broker": refused by the broker; "serve": refused by ampm serve) are on other subjects.
  const subject = query.host && !GLOB.test(query.host) && query.host !== "broker" && query.host !== "serve" ? auditSubject(query.host) : ALL_AUDIT_SUBJECT;
  const keep = auditFilter(query);
  // Records are stored a little after they are written (batches of up to 20 ms): start reading a second early.
  const sinceMs = query.sinceMs === undefined ? undefined : query.sinceMs - 1000;
  for await (const message of recordStreams(client.transport).read(AUDIT_STREAM, { subject, sinceMs, follow: query.follow, signal: query.signal })) {
    const text = Buffer.from(message.data).toString("utf8");
    // The broker's own events (failed logins) are not JSON lines of records.
    const records = message.subject.startsWith(`${BROKER_AUDIT_PREFIX}.`) ? [brokerAuthRecord(text)] : text.split("\n").map(parseAuditLine);
    for (const record of records) if (record && keep(record)) yield camelKeys(record);
    if (!query.follow && query.untilMs !== undefined && message.timeMs > query.untilMs + 1000) return;
  }
}
