/**
 * The host registry: each agent's snapshot in the JetStream KV bucket
 * `ampm-hosts`, one key per identity, written at start, on change and on a
 * heartbeat. The broker (2.9) expires whole buckets' entries by age only,
 * so liveness is read from the entry's time: a host whose entry is older
 * than `missed` heartbeats is gone (still listed, with its last-seen age)
 * until the bucket's max age removes it.
 */
import { decodeJson, encodeJson } from "../wire/body.js";
import type { KvEntry } from "../wire/transport.js";

export const HOSTS_BUCKET = "ampm-hosts";

export const REGISTRY_DEFAULTS = Object.freeze({
  /** How often an agent writes its snapshot again when nothing changed. */
  heartbeatMs: 30_000,
  /** Heartbeats missed before a host counts as gone. */
  missed: 3,
  /** How long the bucket keeps an entry not written again (then the host is not listed at all). */
  maxAgeMs: 24 * 60 * 60 * 1000,
});

/** What an agent writes about itself (JSON, snake_case like the other wire records). */
export interface RegistrySnapshot {
  identity: string;
  version: string;
  facts: Record<string, unknown>;
  tags: string[];
  agents: string[];
  /** Hypervisor hosts: totals and what is in use. */
  capacity?: { slots: number; vcpus: number; memory_mb: number; disk_bytes: number; used: { slots: number; vcpus: number; memory_mb: number; disk_bytes: number } };
  enabled: boolean;
  started_ms: number;
  /** When the agent wrote it (its clock; the entry's time is the broker's). */
  time_ms: number;
  heartbeat_ms: number;
  missed: number;
}

export interface RegisteredHost {
  snapshot: RegistrySnapshot;
  /** When the broker stored the latest write. */
  lastSeenMs: number;
  revision: number;
  /** No write for `missed` heartbeats. */
  gone: boolean;
}

export function encodeSnapshot(snapshot: RegistrySnapshot): Uint8Array {
  return encodeJson(snapshot);
}

function isSnapshot(value: unknown): value is RegistrySnapshot {
  const v = value as RegistrySnapshot;
  return (
    !!v &&
    typeof v === "object" &&
    typeof v.identity === "string" &&
    typeof v.facts === "object" &&
    v.facts !== null &&
    Array.isArray(v.tags) &&
    Array.isArray(v.agents) &&
    typeof v.heartbeat_ms === "number"
  );
}

/** The entry as a registered host; undefined for an entry that is not a snapshot (or not of the key it is under). */
export function registeredHost(entry: KvEntry, nowMs = Date.now()): RegisteredHost | undefined {
  let value: unknown;
  try {
    value = decodeJson(entry.value);
  } catch {
    return undefined;
  }
  if (!isSnapshot(value) || value.identity !== entry.key) return undefined;
  const missed = typeof value.missed === "number" && value.missed > 0 ? value.missed : REGISTRY_DEFAULTS.missed;
  return { snapshot: value, lastSeenMs: entry.timeMs, revision: entry.revision, gone: nowMs - entry.timeMs > value.heartbeat_ms * missed };
}

/**
 * The instance index and name claims: one key per instance hostname in the
 * KV bucket `ampm-instances` (kept, no max age). A create writes the key
 * only if it has no value (create-if-absent) before its host builds
 * anything, so a hostname is unique fleet-wide; the owning host keeps the
 * value current (state, and the host itself after a migration's commit)
 * and deletes it when the instance is destroyed or its create fails.
 */
export const INSTANCES_BUCKET = "ampm-instances";

/** A create refused because another create or instance holds the hostname: statusmsg starts with this. */
export const NAME_TAKEN = "name taken";

export interface InstanceRecord {
  hostname: string;
  host: string;
  profile: string;
  /** "creating" while its create runs; then the instance's state as its host last saw it. */
  state: string;
  time_ms: number;
}

export function instanceRecord(entry: KvEntry): InstanceRecord | undefined {
  try {
    const v = decodeJson(entry.value) as InstanceRecord;
    return v && typeof v === "object" && v.hostname === entry.key && typeof v.host === "string" ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Operator attributes (clusto's idea): one key per host identity in the KV
 * bucket `ampm-attributes`, its value a JSON map of attribute → value (a
 * string, or a list of them). The host merges them into its facts, over
 * its own: an operator's `rack=r9` wins over the agent's `rack`. A pool is
 * the attribute `pool`.
 */
export const ATTRIBUTES_BUCKET = "ampm-attributes";
export const POOL_ATTRIBUTE = "pool";

/** Attribute names: like fact names (letters, digits, _ - .), not "identity". */
export const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;

export type Attributes = Record<string, string | string[]>;

export function decodeAttributes(entry: KvEntry | null | undefined): Attributes {
  if (!entry) return {};
  try {
    const v = decodeJson(entry.value);
    if (!v || typeof v !== "object" || Array.isArray(v)) return {};
    const out: Attributes = {};
    for (const [k, value] of Object.entries(v as Record<string, unknown>)) {
      if (!ATTRIBUTE_NAME.test(k) || k === "identity") continue;
      if (typeof value === "string") out[k] = value;
      else if (Array.isArray(value) && value.every((x) => typeof x === "string")) out[k] = value as string[];
    }
    return out;
  } catch {
    return {};
  }
}
