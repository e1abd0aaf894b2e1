/**
 * The migration budget (Choria's concurrency governor, for migrations):
 * leases in the JetStream KV bucket `ampm-migration-leases`, one key per
 * slot, in three scopes: `fleet.<i>`, `source.<host>.<i>`,
 * `target.<host>.<i>` (i below the scope's limit). A migration holds one
 * slot of each scope that has a limit before its data moves. Its holder
 * writes each lease again every third of the lease TTL; a lease whose
 * revision has not changed for a whole TTL is taken over with
 * compare-and-set on that revision. The broker (2.9) has no per-key
 * expiry: the bucket's max age removes what nobody refreshed, as a backstop.
 *
 * The fleet-wide limits are the key `limits` of the bucket
 * `ampm-migration-budget` (no max age, so they stay): each field present
 * there overrides the agents' configured default (0: no limit).
 */
import { decodeJson, encodeJson } from "../wire/body.js";

export const MIGRATION_LEASES_BUCKET = "ampm-migration-leases";
export const MIGRATION_BUDGET_BUCKET = "ampm-migration-budget";
export const BUDGET_LIMITS_KEY = "limits";

/** Concurrent migrations at most; 0: no limit. */
export interface BudgetLimits {
  fleet: number;
  perSource: number;
  perTarget: number;
}

/** What a lease key holds (JSON, snake_case like the other wire records). */
export interface LeaseRecord {
  migration: string;
  instance: string;
  source: string;
  target: string;
  /** The agent that holds (and refreshes) it. */
  holder: string;
  /** When it was taken (the holder's clock). */
  since_ms: number;
}

const FIELDS = { fleet: "fleet", perSource: "per_source", perTarget: "per_target" } as const;

/** The limits as written in the bucket: only the fields set. */
export function encodeLimits(limits: Partial<BudgetLimits>): Uint8Array {
  const out: Record<string, number> = {};
  for (const [k, wire] of Object.entries(FIELDS)) {
    const v = limits[k as keyof BudgetLimits];
    if (v !== undefined) out[wire] = v;
  }
  return encodeJson(out);
}

/** The fields set in the bucket (anything else, or a value that is not a count, is left out). */
export function decodeLimits(bytes: Uint8Array): Partial<BudgetLimits> {
  let value: unknown;
  try {
    value = decodeJson(bytes);
  } catch {
    return {};
  }
  const out: Partial<BudgetLimits> = {};
  if (!value || typeof value !== "object") return out;
  for (const [k, wire] of Object.entries(FIELDS)) {
    const v = (value as Record<string, unknown>)[wire];
    if (typeof v === "number" && Number.isInteger(v) && v >= 0) out[k as keyof BudgetLimits] = v;
  }
  return out;
}

export function encodeLease(lease: LeaseRecord): Uint8Array {
  return encodeJson(lease);
}

export function decodeLease(bytes: Uint8Array): LeaseRecord | undefined {
  try {
    const v = decodeJson(bytes) as LeaseRecord;
    return v && typeof v === "object" && typeof v.migration === "string" ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The lease keys of a scope's slots: `fleet.0`, `source.<host>.1`, ... */
export function leaseKey(scope: "fleet" | "source" | "target", host: string, slot: number): string {
  return scope === "fleet" ? `fleet.${slot}` : `${scope}.${host}.${slot}`;
}
