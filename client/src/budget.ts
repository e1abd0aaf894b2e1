/**
 * The migration budget as an operator sees it (proto/domain/budget.ts): the
 * fleet-wide limits (the key `limits` of the bucket ampm-migration-budget,
 * over each agent's configured hypervisor.migration_budget) and the leases
 * held right now.
 */
import { InvalidInputError, type KvStore, type Transport } from "../../proto/wire/index.js";
import {
  BUDGET_LIMITS_KEY,
  decodeLease,
  decodeLimits,
  encodeLimits,
  MIGRATION_BUDGET_BUCKET,
  MIGRATION_LEASES_BUCKET,
  type BudgetLimits,
} from "../../proto/domain/index.js";

export interface LeaseView {
  key: string;
  migration: string;
  instance: string;
  source: string;
  target: string;
  holder: string;
  /** Since the holder last wrote it (the broker's clock). */
  refreshedMs: number;
}

export interface BudgetView {
  /** The limits set fleet-wide; a field left out is each agent's configured default. */
  limits: Partial<BudgetLimits>;
  leases: LeaseView[];
}

function kvOf(transport: Transport): KvStore {
  const kv = transport.kv?.();
  if (!kv) throw new InvalidInputError("this connection has no key-value store (JetStream): no migration budget");
  return kv;
}

export async function getBudget(transport: Transport): Promise<BudgetView> {
  const kv = kvOf(transport);
  const limitsBucket = await kv.open(MIGRATION_BUDGET_BUCKET);
  const entry = limitsBucket ? await limitsBucket.get(BUDGET_LIMITS_KEY) : null;
  const leasesBucket = await kv.open(MIGRATION_LEASES_BUCKET);
  const leases: LeaseView[] = [];
  for (const e of leasesBucket ? await leasesBucket.entries() : []) {
    const l = decodeLease(e.value);
    if (l) leases.push({ key: e.key, migration: l.migration, instance: l.instance, source: l.source, target: l.target, holder: l.holder, refreshedMs: e.timeMs });
  }
  leases.sort((a, b) => a.key.localeCompare(b.key));
  return { limits: entry ? decodeLimits(entry.value) : {}, leases };
}

/**
 * Sets the fields given fleet-wide (compare-and-set, so two operators at
 * once both land); `reset` first drops every field set before (back to
 * the agents' defaults). The limits now set.
 */
export async function setBudget(transport: Transport, change: Partial<BudgetLimits>, reset = false): Promise<Partial<BudgetLimits>> {
  for (const [k, v] of Object.entries(change)) {
    if (v !== undefined && (!Number.isInteger(v) || v < 0)) throw new InvalidInputError(`${k}: a count of migrations, 0 for no limit (got ${v})`);
  }
  const bucket = await kvOf(transport).ensure({ name: MIGRATION_BUDGET_BUCKET });
  for (let attempt = 0; attempt < 20; attempt++) {
    const entry = await bucket.get(BUDGET_LIMITS_KEY);
    const next = { ...(entry && !reset ? decodeLimits(entry.value) : {}), ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) };
    const written = entry ? await bucket.update(BUDGET_LIMITS_KEY, encodeLimits(next), entry.revision) : await bucket.create(BUDGET_LIMITS_KEY, encodeLimits(next));
    if (written !== null) return next;
  }
  throw new InvalidInputError("the budget keeps changing under this write: try again");
}
