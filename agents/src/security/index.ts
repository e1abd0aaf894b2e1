/**
 * A host's security: who is asking (signature and trusted keys), whether
 * they may (policy), and the record of it (audit).
 *
 *   request ─▶ authenticate (signature over the bytes, trusted key, name) ─▶ … ─▶ authorize (policy) ─▶ … ─▶ audit
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import {
  isPublicKey,
  provesTarget,
  SigningKey,
  splitSignature,
  Status,
  statusName,
  Verifier,
  type Request,
  type StatusCode,
  type Transport,
} from "../../../proto/wire/index.js";
import type { AuditRecord, HostView } from "../../../proto/domain/index.js";
import type { Logger } from "../log.js";
import { AuditLog } from "./audit.js";
import { Policy, type Decision, type Principal } from "./policy.js";
import { SECURITY_DEFAULTS, type SecuritySettings } from "./settings.js";
import { TrustStore } from "./trust.js";

export { AuditLog } from "./audit.js";
export { Policy, type Decision, type Principal } from "./policy.js";
export { BUILTIN_ROLES, SECURITY_DEFAULTS, SECURITY_SCHEMA, type SecurityMode, type SecuritySettings, type TrustedCaller } from "./settings.js";
export { TrustStore } from "./trust.js";

/** A caller, once its request has been checked. */
export interface Caller extends Principal {
  /** True when the signature checked out against a trusted key. */
  authenticated: boolean;
}

export interface Refusal {
  status: StatusCode;
  message: string;
}

/** What the dispatcher knows when it replies, for the audit record. */
export interface AuditFacts {
  request: Request;
  caller: Caller | undefined;
  decision: Decision | undefined;
  status: StatusCode;
  statusmsg: string;
  durationMs: number;
  input: unknown;
  output: unknown;
}

export interface GuardOptions {
  identity: string;
  settings: SecuritySettings;
  stateDir: string;
  transport: Transport;
  log: Logger;
}

export class Guard {
  readonly mode: SecuritySettings["mode"];
  /** This host's key, for its own requests to other hosts; undefined when none is configured. */
  readonly key: SigningKey | undefined;
  readonly audit: AuditLog;
  private trust: TrustStore;
  private policy: Policy;
  private readonly verifier = new Verifier();
  private readonly settings: SecuritySettings;

  constructor(private readonly options: GuardOptions) {
    const settings = { ...SECURITY_DEFAULTS, ...options.settings };
    this.settings = settings;
    this.mode = settings.mode;
    this.key = settings.key ? SigningKey.fromFile(settings.key) : undefined;
    this.trust = TrustStore.load(settings.callers, settings.trusted_file);
    this.policy = Policy.load(settings.policy_file, this.mode === "dev" ? "allow" : "deny");
    if (this.mode === "enforce" && this.trust.size === 0) {
      throw new Error(
        "security: no trusted callers, so this host would refuse every request. Add security.callers or security.trusted_file " +
          "(ampm keys create NAME makes a key), or set security.mode: dev on a test machine",
      );
    }
    const file = settings.audit_file ?? join(options.stateDir, "audit.jsonl");
    this.audit = new AuditLog({ identity: options.identity, file, transport: options.transport, log: options.log });
  }

  /** Starts what needs the broker; warns loudly in dev mode. */
  async start(): Promise<void> {
    if (this.mode === "dev") {
      this.options.log.warn(
        { security: "dev" },
        "SECURITY DEV MODE: unsigned requests are accepted and every caller may run every action. Never on a production host (security.mode: enforce)",
      );
    }
    if (this.settings.audit_stream) await this.audit.ensureStream();
    else this.audit.subjectOnly();
  }

  /** Re-reads the trusted callers and the policy; on an error keeps both as they were and throws. */
  reload(): void {
    const trust = TrustStore.load(this.settings.callers, this.settings.trusted_file);
    const policy = Policy.load(this.settings.policy_file, this.mode === "dev" ? "allow" : "deny");
    if (this.mode === "enforce" && trust.size === 0) throw new Error("security: the trusted callers file lists no callers; keeping the previous list");
    this.trust = trust;
    this.policy = policy;
  }

  /** Who sent this request (bytes as received), or why it is refused. */
  authenticate(request: Request, bytes: Uint8Array): Caller | Refusal {
    const claimed = request.caller;
    if (request.signature.length === 0) {
      if (this.mode === "dev") return { name: claimed, key: "", roles: [], authenticated: false };
      return refuse(`unsigned request from "${claimed}": ${this.options.identity} runs only signed requests (ampm --key-file FILE, or AMPM_KEY)`);
    }
    const key = request.callerPublicKey;
    if (!key || !isPublicKey(key)) return refuse(`signed request from "${claimed}" without a valid caller_public_key`);
    let valid: boolean;
    try {
      const { unsigned, signature } = splitSignature(bytes);
      valid = signature !== undefined && this.verifier.verify(key, unsigned, signature);
    } catch {
      valid = false;
    }
    if (!valid) return refuse(`bad signature from "${claimed}": the request was altered after it was signed, or not signed by ${key}`);
    // Signed for named hosts: this host must be one of them (a copy re-sent to another host is refused).
    if (request.targetsRoot.length > 0 && !provesTarget(this.options.identity, request.targetsRoot, request.targetProof)) {
      return refuse(`request from "${claimed}" was signed for other hosts, not ${this.options.identity}: refused (a replay?)`);
    }
    const trusted = this.trust.get(key);
    if (!trusted) {
      if (this.mode === "dev") return { name: claimed, key, roles: [], authenticated: false };
      return refuse(`caller "${claimed}" (key ${key}) is not trusted on ${this.options.identity}`);
    }
    if (trusted.name !== claimed) {
      return refuse(`the request names caller "${claimed}" but key ${key.slice(0, 12)}... belongs to "${trusted.name}"`);
    }
    return { name: trusted.name, key, roles: trusted.roles, authenticated: true };
  }

  authorize(caller: Caller, agent: string, action: string, host: () => HostView): Decision {
    return this.policy.decide(caller, agent, action, host);
  }

  /** The refusal a denied decision becomes. */
  refusal(caller: Caller, agent: string, action: string, decision: Decision): Refusal {
    const why = decision.reason ? `: ${decision.reason}` : decision.by === "default" ? `: no rule or role of "${caller.name}" allows it` : "";
    return refuse(`${caller.name} may not run ${agent}.${action} on ${this.options.identity} (policy ${decision.by})${why}`);
  }

  record(facts: AuditFacts): void {
    const { request, caller } = facts;
    // Every field a sender controls is cut to a size: a record stays a line of at most a few kilobytes.
    const record: AuditRecord = {
      time: new Date().toISOString(),
      host: this.options.identity,
      request_id: request.id,
      caller: clip(caller?.name ?? request.caller, AUDIT_FIELD_LIMITS.name),
      caller_key: clip(caller?.key ?? request.callerPublicKey, AUDIT_FIELD_LIMITS.key),
      authenticated: caller?.authenticated ?? false,
      agent: clip(request.agent, AUDIT_FIELD_LIMITS.name),
      action: clip(request.action, AUDIT_FIELD_LIMITS.name),
      args_sha256: argsDigest(request.body),
      status: statusName(facts.status),
      statusmsg: clip(facts.statusmsg, AUDIT_FIELD_LIMITS.message),
      duration_ms: Math.round(facts.durationMs * 1000) / 1000,
      instances: affected(facts.input)
        .slice(0, AUDIT_FIELD_LIMITS.instances)
        .map((i) => clip(i, AUDIT_FIELD_LIMITS.name)),
    };
    const job = jobOf(facts.output);
    if (job) record.job = clip(job, AUDIT_FIELD_LIMITS.name);
    if (facts.decision) record.policy = clip(facts.decision.by, AUDIT_FIELD_LIMITS.name);
    this.audit.write(record);
  }

  close(): Promise<void> {
    return this.audit.close();
  }
}

/** Digests of small request bodies seen lately: a fan-out sends the same few bytes ("{}") again and again. */
const smallDigests = new Map<string, string>();
const SMALL_BODY = 64;

function argsDigest(body: Uint8Array): string {
  if (body.length > SMALL_BODY) return createHash("sha256").update(body).digest("hex");
  const key = Buffer.from(body.buffer, body.byteOffset, body.length).toString("latin1");
  let digest = smallDigests.get(key);
  if (digest === undefined) {
    digest = createHash("sha256").update(body).digest("hex");
    if (smallDigests.size >= 256) smallDigests.clear();
    smallDigests.set(key, digest);
  }
  return digest;
}

/** The longest each audit field a sender controls may be (characters; instances: entries). */
export const AUDIT_FIELD_LIMITS = Object.freeze({ name: 256, key: 64, message: 1024, instances: 64 });

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function refuse(message: string): Refusal {
  return { status: Status.UNAUTHORIZED, message };
}

/** The instances an action's input names: its hostname, an instance's, or a plan's. */
export function affected(input: unknown): string[] {
  if (!input || typeof input !== "object") return [];
  const i = input as { hostname?: unknown; instance?: { hostname?: unknown }; plan?: { hostname?: unknown }[] };
  const out = new Set<string>();
  if (typeof i.hostname === "string" && i.hostname) out.add(i.hostname);
  if (i.instance && typeof i.instance === "object" && typeof i.instance.hostname === "string" && i.instance.hostname) out.add(i.instance.hostname);
  if (Array.isArray(i.plan)) for (const p of i.plan) if (p && typeof p.hostname === "string" && p.hostname) out.add(p.hostname);
  return [...out];
}

function jobOf(output: unknown): string | undefined {
  const job = (output as { job?: { id?: unknown } } | undefined)?.job;
  return job && typeof job.id === "string" && job.id ? job.id : undefined;
}
