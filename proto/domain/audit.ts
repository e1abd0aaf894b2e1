/**
 * Audit records: what every host writes for every request it answers
 * (agents/src/security/audit.ts), and what `ampm audit` reads back from the
 * stream AMPM_AUDIT. Published as JSON lines on ampm.v1.event.audit.<identity>.
 */

export interface AuditRecord {
  /** ISO 8601, when the reply went out. */
  time: string;
  host: string;
  request_id: string;
  /** The caller's name: the trusted name when authenticated, else what the request claimed. */
  caller: string;
  /** The caller's public key; "" for an unsigned request. */
  caller_key: string;
  authenticated: boolean;
  agent: string;
  action: string;
  /** SHA-256 of the request body (the action's arguments), hex. */
  args_sha256: string;
  status: string;
  statusmsg: string;
  duration_ms: number;
  /** The instances the request acts on (hostnames), when it names any. */
  instances: string[];
  /** The job the request started, if any. */
  job?: string;
  /** What the policy decision rested on ("rule 2", "role operator", "default"). */
  policy?: string;
  /**
   * Who wrote it: a host (when absent), the broker (a failed login, from
   * nats-server's system events), or a caller (its own account of a request
   * the broker would not carry).
   */
  source?: "broker" | "caller";
}

/** nats-server's event of a failed login (io.nats.server.advisory.v1.client_disconnect on $SYS.SERVER.<id>.CLIENT.AUTH.ERR). */
interface AuthErrorEvent {
  id?: string;
  timestamp?: string;
  server?: { name?: string };
  client?: { host?: string; user?: string; nkey?: string; name?: string };
  reason?: string;
}

/** A failed login as an audit record; undefined for anything else. */
export function brokerAuthRecord(data: string): AuditRecord | undefined {
  let event: AuthErrorEvent;
  try {
    event = JSON.parse(data) as AuthErrorEvent;
  } catch {
    return undefined;
  }
  if (!event || typeof event !== "object" || typeof event.id !== "string") return undefined;
  const client = event.client ?? {};
  const who = client.user || client.nkey || client.name || "unknown";
  return {
    time: event.timestamp ?? new Date(0).toISOString(),
    host: "broker",
    request_id: event.id,
    caller: who,
    caller_key: client.nkey ?? "",
    authenticated: false,
    agent: "broker",
    action: "login",
    args_sha256: "",
    status: "UNAUTHORIZED",
    statusmsg: `login refused by ${event.server?.name ?? "the broker"} to ${who} from ${client.host ?? "?"}${client.name ? ` (${client.name})` : ""}: ${event.reason ?? "authentication failure"}`,
    duration_ms: 0,
    instances: [],
    source: "broker",
  };
}

/**
 * The actions that only look (the built-in role "readonly"): a record of
 * one that succeeded is a lookup, not a change.
 */
export const READ_ONLY_ACTIONS: readonly string[] = Object.freeze([
  "rpcutil.ping",
  "rpcutil.facts",
  "rpcutil.inventory",
  "rpcutil.daemon_stats",
  "hypervisor.status",
  "hypervisor.instances",
  "hypervisor.jobs",
]);

/** True for the record of a read-only action that succeeded. */
export function isLookup(record: Pick<AuditRecord, "status" | "agent" | "action">): boolean {
  return record.status === "OK" && READ_ONLY_ACTIONS.includes(`${record.agent}.${record.action}`);
}

/** A record from one line of an audit message; undefined for anything else. */
export function parseAuditLine(line: string): AuditRecord | undefined {
  if (!line.trim()) return undefined;
  try {
    const value = JSON.parse(line) as AuditRecord;
    if (!value || typeof value !== "object" || typeof value.request_id !== "string" || typeof value.host !== "string") return undefined;
    if (!Array.isArray(value.instances)) value.instances = [];
    return value;
  } catch {
    return undefined;
  }
}
