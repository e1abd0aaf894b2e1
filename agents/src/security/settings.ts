/**
 * The `security:` section of the agent config.
 *
 *   security:
 *     mode: enforce                      # the default; "dev" accepts unsigned requests (and says so, loudly)
 *     key: /etc/ampm/keys/hv1.nk          # this host's key: signs its requests to other hosts, logs in to the broker
 *     trusted_file: /etc/ampm/trusted.yaml   # callers: name, public key, roles (re-read on reload)
 *     callers: [{ name: alice, key: U..., roles: [operator] }]
 *     policy_file: /etc/ampm/policy.yaml # who may run what (re-read on reload); built-in roles otherwise
 *     audit_file: /var/log/ampm/audit.jsonl  # default <state_dir>/audit.jsonl; "" turns the file off
 *     audit_stream: true                 # keep records in the JetStream stream AMPM_AUDIT
 */
import { READ_ONLY_ACTIONS } from "../../../proto/domain/index.js";

export type SecurityMode = "enforce" | "dev";

export interface TrustedCaller {
  name: string;
  key: string;
  roles: string[];
}

export interface SecuritySettings {
  mode: SecurityMode;
  key?: string;
  trusted_file?: string;
  callers: TrustedCaller[];
  policy_file?: string;
  audit_file?: string;
  audit_stream: boolean;
}

export const SECURITY_DEFAULTS: SecuritySettings = Object.freeze({
  mode: "enforce",
  callers: [],
  audit_stream: true,
}) as SecuritySettings;

const string = { type: "string", minLength: 1 };

export const CALLER_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["name", "key"],
  properties: {
    name: string,
    key: { type: "string", pattern: "^U[A-Z2-7]{55}$" },
    roles: { type: "array", items: string },
  },
} as const;

export const SECURITY_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    mode: { enum: ["enforce", "dev"] },
    key: string,
    trusted_file: string,
    callers: { type: "array", items: CALLER_SCHEMA },
    policy_file: string,
    audit_file: { type: "string" },
    audit_stream: { type: "boolean" },
  },
} as const;

/** Roles a caller can hold out of the box; a policy file may add roles or change these. */
export const BUILTIN_ROLES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  /** Look, never touch: ampm status, list, query, container find, job, ping, facts, plugins. */
  readonly: READ_ONLY_ACTIONS,
  /** Everything. */
  operator: ["*"],
  /** What one host asks another during a migration. */
  agent: ["rpcutil.ping", "hypervisor.status", "hypervisor.migrate_in", "hypervisor.migration_status", "hypervisor.migration_abort"],
});
