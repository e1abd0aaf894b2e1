/**
 * Evacuation: every instance of this host to wherever placement finds room,
 * a few at a time. A job on this host, so it goes on if the caller leaves.
 *
 *   fleet status (hypervisor.status to every host) ─▶ plan (place each, counting the plan's own moves)
 *   ─▶ migrations, `parallel` at a time ─▶ summary: migrated, failed, no place for
 */
import { ampm, place, requestForInstance, snapshotOf, withInstance, type HostSnapshot } from "../../../proto/wire/index.js";
import type { Job } from "./jobs.js";
import { migrateOut } from "./migrate-out.js";
import type { HypervisorService } from "./service.js";

export interface PlanEntry {
  instance: string;
  hostname: string;
  target: string;
  reason: string;
}

export async function fleet(svc: HypervisorService): Promise<HostSnapshot[]> {
  const replies = await svc.deps.peers.broadcast("hypervisor", "status", ampm.v1.HostStatusRequest, {}, { waitMs: 3000, quietMs: 300 });
  return replies.filter((r) => r.statuscode === 0).map((r) => snapshotOf(r.sender, r.data));
}

export async function plan(svc: HypervisorService): Promise<PlanEntry[]> {
  const instances = (await svc.instances()).filter((i) => i.state !== "migrating");
  let hosts = (await fleet(svc)).filter((h) => h.identity !== svc.identity);
  const entries: PlanEntry[] = [];
  // The biggest first: they are the hardest to place.
  for (const instance of [...instances].sort((a, b) => b.resources.memoryMb - a.resources.memoryMb)) {
    const req = requestForInstance(instance, svc.identity);
    const [best] = place(hosts, req);
    const name = `${instance.hostname}:${instance.profile}`;
    if (best?.ok) {
      entries.push({ instance: name, hostname: instance.hostname, target: best.identity, reason: "" });
      hosts = hosts.map((h) => (h.identity === best.identity ? withInstance(h, req, instance.hostname) : h));
    } else {
      const why = hosts.length === 0 ? "no other host answered" : `no host can take it (${best?.identity}: ${best?.reasons.join("; ")})`;
      entries.push({ instance: name, hostname: instance.hostname, target: "", reason: why });
    }
  }
  return entries;
}

export async function evacuate(svc: HypervisorService, parallel: number, caller: string): Promise<{ job: Job; plan: PlanEntry[] }> {
  const entries = await plan(svc);
  const job = svc.jobs.begin({ kind: "evacuate", instance: "", caller });
  job.phase("migrating", `${entries.filter((e) => e.target).length} of ${entries.length} instances have a place`);
  void run(svc, job, entries, Math.max(1, parallel), caller);
  return { job, plan: entries };
}

async function run(svc: HypervisorService, job: Job, entries: PlanEntry[], parallel: number, caller: string): Promise<void> {
  const migrated: string[] = [];
  const failed: { instance: string; reason: string }[] = [];
  const unplaced = entries.filter((e) => !e.target).map((e) => ({ instance: e.instance, reason: e.reason }));
  const queue = entries.filter((e) => e.target);
  const total = queue.length;
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      try {
        const migration = await migrateOut(svc, entry.hostname, entry.target, caller);
        const outcome = await finished(svc, migration.id);
        if (outcome.state === "done") migrated.push(`${entry.instance} -> ${entry.target}`);
        else failed.push({ instance: entry.instance, reason: outcome.message });
      } catch (err) {
        failed.push({ instance: entry.instance, reason: (err as Error).message });
      }
      job.progress({ percent: Math.round((100 * (migrated.length + failed.length)) / Math.max(1, total)), message: `${migrated.length} migrated, ${failed.length} failed` });
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, total || 1) }, worker));
  const summary = `${migrated.length} migrated, ${failed.length} failed, ${unplaced.length} without a place`;
  job.done({ migrated, failed, unplaced }, summary);
  svc.log.info({ job: job.id, migrated: migrated.length, failed: failed.length, unplaced: unplaced.length }, "evacuation finished");
}

async function finished(svc: HypervisorService, id: string): Promise<{ state: string; message: string }> {
  for (;;) {
    const record = svc.jobs.get(id);
    if (record && record.state !== "running") return record;
    await new Promise((r) => setTimeout(r, 250));
  }
}
