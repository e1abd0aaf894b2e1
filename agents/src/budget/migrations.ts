/**
 * The budget as a hypervisor host uses it: one MigrationBudget per wing
 * (its settings: hypervisor.migration_budget), and the wrapper a
 * migration's work runs in: queued until it holds its leases, released
 * however the work ends.
 */
import type { BudgetLimits } from "../../../proto/domain/index.js";
import type { Job } from "../hypervisor/jobs.js";
import type { Wing } from "../hypervisor/context.js";
import { MigrationBudget, type LeaseRequest, type Leases } from "./index.js";

/** hypervisor.migration_budget in the agent config. */
export interface BudgetSettings {
  /** Concurrent migrations in the whole fleet (0: no limit). */
  fleet: number;
  /** Out of one host at once. */
  per_source: number;
  /** Into one host at once. */
  per_target: number;
  /** A lease its holder has not written again for this long may be taken over (ms). */
  lease_ttl: number;
}

export const BUDGET_DEFAULTS: Readonly<BudgetSettings> = Object.freeze({ fleet: 8, per_source: 2, per_target: 2, lease_ttl: 30_000 });

export function limitsOf(settings: Partial<BudgetSettings> | undefined): BudgetLimits {
  const s = { ...BUDGET_DEFAULTS, ...settings };
  return { fleet: s.fleet, perSource: s.per_source, perTarget: s.per_target };
}

const budgets = new WeakMap<Wing, MigrationBudget>();

export function budgetOf(svc: Wing): MigrationBudget {
  let budget = budgets.get(svc);
  if (!budget) {
    const settings = svc.settings.migration_budget as Partial<BudgetSettings> | undefined;
    budget = new MigrationBudget({
      kv: svc.transport.kv?.(),
      identity: svc.identity,
      defaults: limitsOf(settings),
      ttlMs: settings?.lease_ttl ?? BUDGET_DEFAULTS.lease_ttl,
      log: svc.log,
    });
    budgets.set(svc, budget);
  }
  return budget;
}

type Migration = { id: string; target: string; instance: { hostname: string } };

function leaseRequest(svc: Wing, migration: Migration): LeaseRequest {
  return { migration: migration.id, instance: migration.instance.hostname, source: svc.identity, target: migration.target };
}

/** Runs `work` holding `leases` (logged as taken and released), and gives them back however it ends. */
async function holding(svc: Wing, migration: Migration, leases: Leases, work: () => Promise<void>, recovered = false): Promise<void> {
  const taken = leases.keys;
  if (taken.length > 0) svc.log.info({ migration: migration.id, leases: taken, ...(recovered ? { recovered } : {}) }, "migration leases taken");
  try {
    await work();
  } finally {
    await leases.release();
    if (taken.length > 0) svc.log.info({ migration: migration.id }, "migration leases released");
  }
}

/** Runs a migration's recovery (after a restart) holding the leases it had, taken again at once; gives them back when it ends. */
export async function withReclaimedLeases(svc: Wing, migration: Migration, work: () => Promise<void>): Promise<void> {
  return holding(svc, migration, await budgetOf(svc).reclaim(leaseRequest(svc, migration)), work, true);
}

/** Runs a migration's work once it holds its leases (job phase "queued" while it waits); gives them back when the work ends, however it ends. */
export async function withLeases(svc: Wing, migration: Migration, job: Job, work: () => Promise<void>): Promise<void> {
  return holding(svc, migration, await budgetOf(svc).acquire(leaseRequest(svc, migration), (why) => job.phase("queued", why)), work);
}
