/**
 * Evacuation: every instance of this host to the hosts the caller's plan
 * names, a few at a time. A job on this host, so it goes on if the caller
 * leaves. The caller plans (placement.ts planEvacuation over every host's
 * status); hosts never broadcast, so this host only checks the plan.
 *
 *   plan (from the caller) ─▶ check: each entry an instance here, a target elsewhere
 *   ─▶ migrations, `parallel` at a time ─▶ summary: migrated, failed, no place for
 */
import type { EvacuationEntry } from "../../../proto/domain/index.js";
import type { Job } from "./jobs.js";
import { migrateOut } from "./migrate-out.js";
import type { Wing } from "./context.js";

export type PlanEntry = EvacuationEntry;

/**
 * The plan as this host sees it: entries for instances it does not have, or
 * with itself as the target, lose their target (with the reason why), and
 * instances the plan leaves out are added without one.
 */
export async function checkPlan(w: Wing, plan: readonly Partial<PlanEntry>[]): Promise<PlanEntry[]> {
  const here = new Map((await w.instances.list()).filter((i) => i.state !== "migrating").map((i) => [i.hostname, i]));
  const entries: PlanEntry[] = [];
  const seen = new Set<string>();
  for (const p of plan) {
    const hostname = p.hostname || (p.instance ?? "").split(":")[0] || "";
    const instance = here.get(hostname);
    const name = instance ? `${instance.hostname}:${instance.profile}` : p.instance || hostname;
    if (!instance) entries.push({ instance: name, hostname, target: "", reason: `not on ${w.identity} (or migrating already)` });
    else if (seen.has(hostname)) continue;
    else if (p.target === w.identity) entries.push({ instance: name, hostname, target: "", reason: "the plan's target is this host" });
    else entries.push({ instance: name, hostname, target: p.target ?? "", reason: p.target ? "" : p.reason || "the plan has no place for it" });
    seen.add(hostname);
  }
  for (const [hostname, instance] of here) {
    if (!seen.has(hostname)) entries.push({ instance: `${hostname}:${instance.profile}`, hostname, target: "", reason: "not in the plan" });
  }
  return entries;
}

export async function evacuate(w: Wing, plan: readonly Partial<PlanEntry>[], parallel: number, caller: string): Promise<{ job: Job; plan: PlanEntry[] }> {
  const entries = await checkPlan(w, plan);
  const job = w.jobs.begin({ kind: "evacuate", instance: "", caller });
  job.phase("migrating", `${entries.filter((e) => e.target).length} of ${entries.length} instances have a place`);
  w.background("evacuate", run(w, job, entries, Math.max(1, parallel), caller));
  return { job, plan: entries };
}

async function run(w: Wing, job: Job, entries: PlanEntry[], parallel: number, caller: string): Promise<void> {
  const migrated: string[] = [];
  const failed: { instance: string; reason: string }[] = [];
  const unplaced = entries.filter((e) => !e.target).map((e) => ({ instance: e.instance, reason: e.reason }));
  const queue = entries.filter((e) => e.target);
  const total = queue.length;
  const started = new Set<string>();
  // Queued: not started yet, or waiting for its migration leases (agents/src/budget); running: its data moving.
  // A migration that has ended counts as done or failed at once, before its worker (polling) collects it:
  // else a lease it gave back could show one more running than the budget allows.
  const counts = () => {
    const c = { queued: queue.length, running: 0, done: migrated.length, failed: failed.length };
    for (const id of started) {
      const record = w.jobs.get(id);
      if (record?.state === "done") c.done++;
      else if (record?.state !== "running") c.failed++;
      else if (record.phase === "queued" || record.phase === "begin") c.queued++;
      else c.running++;
    }
    return c;
  };
  const show = () => {
    const c = counts();
    job.record.result = { counts: c };
    job.progress({ percent: Math.round((100 * (c.done + c.failed)) / Math.max(1, total)), message: `${c.queued} queued, ${c.running} running, ${c.done} done, ${c.failed} failed` });
  };
  const ticker = setInterval(show, 500);
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      let id = "";
      try {
        id = (await migrateOut(w, entry.hostname, entry.target, caller)).id;
        started.add(id);
        const outcome = await finished(w, id);
        if (outcome.state === "done") migrated.push(`${entry.instance} -> ${entry.target}`);
        else failed.push({ instance: entry.instance, reason: outcome.message });
      } catch (err) {
        failed.push({ instance: entry.instance, reason: (err as Error).message });
      }
      started.delete(id);
      show();
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, total || 1) }, worker)).finally(() => clearInterval(ticker));
  const summary = `${migrated.length} migrated, ${failed.length} failed, ${unplaced.length} without a place`;
  job.done({ migrated, failed, unplaced, counts: counts() }, summary);
  w.log.info({ job: job.id, migrated: migrated.length, failed: failed.length, unplaced: unplaced.length }, "evacuation finished");
}

async function finished(w: Wing, id: string): Promise<{ state: string; message: string }> {
  for (;;) {
    const record = w.jobs.get(id);
    if (record && record.state !== "running") return record;
    await new Promise((r) => setTimeout(r, 250));
  }
}
