import type { Command } from "commander";
import type { BudgetView, Fleet, Job } from "../../index.js";
import { parseCount, parsePositiveInt } from "../options.js";
import type { Output } from "../output.js";
import { jobProgress, withFleet, type FleetFlags } from "../fleet-view.js";
import { UsageError } from "../usage.js";

interface MigrateFlags extends FleetFlags {
  all?: boolean;
  from?: string;
  parallel?: number;
  dryRun?: boolean;
  fleet?: number;
  perSource?: number;
  perTarget?: number;
  defaults?: boolean;
}

export function configure(cmd: Command): void {
  cmd
    .option("--all", "evacuate a host: move every instance to wherever placement finds room")
    .option("--from <host>", "with --all: the host to empty (default: this machine)")
    .option("--parallel <n>", "with --all: migrations at once (default 2)", parsePositiveInt)
    .option("--dry-run", "with --all: print the plan, move nothing")
    .option("--no-wait", "print the job and return; follow it with ampm job watch ID")
    .optionsGroup("The migration budget (ampm migrate budget):")
    .option("--fleet <n>", "concurrent migrations in the whole fleet (0: no limit)", parseCount)
    .option("--per-source <n>", "concurrent migrations out of one host (0: no limit)", parseCount)
    .option("--per-target <n>", "concurrent migrations into one host (0: no limit)", parseCount)
    .option("--defaults", "drop the limits set fleet-wide: back to each agent's hypervisor.migration_budget")
    .addHelpText(
      "after",
      `
  ampm migrate INSTANCE HOST      to that host
  ampm migrate INSTANCE           to the best host placement finds
  ampm migrate --all [--from HOST] [--parallel N] [--dry-run]
  ampm migrate budget [--fleet N] [--per-source N] [--per-target N] [--defaults]

A cold migration: the instance stops, its volumes stream to the target
agent (checksummed), it starts there, and only then is it removed here.
Either side may crash at any step: on restart the instance ends up on
exactly one host, with its data.

The migration budget: before its data moves, a migration takes a lease on
its source, on its target and in the fleet (JetStream KV) and waits, queued,
until there is room: by default 2 out of a host, 2 into a host, 8 in the
fleet (hypervisor.migration_budget in the agent config). ampm migrate budget
shows the limits and the leases held; with --fleet, --per-source or
--per-target it sets them for the whole fleet (0: no limit). An evacuation
starts --parallel migrations at once: with a budget, a larger --parallel lets
the budget decide.

To take a host out of service: ampm container --disable HOST, then
ampm migrate --all --from HOST.`,
    );
  cmd.action(async (instance: string | undefined, target: string | undefined, flags: MigrateFlags) => {
    const budgetFlags = flags.fleet !== undefined || flags.perSource !== undefined || flags.perTarget !== undefined || flags.defaults;
    if (instance === "budget" && !target && !flags.all) {
      process.exitCode = await withFleet(flags, (fleet, output) => budget(fleet, output, flags));
      return;
    }
    process.exitCode = await withFleet(flags, async (fleet, output) => {
      if (budgetFlags) throw new UsageError("--fleet, --per-source, --per-target and --defaults go with ampm migrate budget");
      const { localHostname } = await import("../../index.js");
      if (flags.all) {
        if (instance) throw new UsageError("--all moves every instance of a host: give the host with --from, not an INSTANCE");
        const host = flags.from ?? localHostname();
        const result = await fleet.evacuate(host, { parallel: flags.parallel, dryRun: flags.dryRun, wait: flags.wait, onJob: evacuationProgress(output) });
        output.clearProgress();
        if (output.mode !== "human") {
          output.json(result);
          return 0;
        }
        if (flags.dryRun || !result.job) {
          output.line(`plan for ${host}:`);
          output.table(result.plan.map((p) => [`  ${p.instance}`, p.target ? `-> ${p.target}` : output.red(`no place: ${p.reason}`)]));
          if (result.plan.length === 0) output.line("  (no instances)");
          return result.plan.every((p) => p.target) ? 0 : 1;
        }
        const job = result.job;
        if (flags.wait === false) {
          output.line(`evacuating ${host}: job ${job.id} (ampm job watch ${job.id})`);
          return 0;
        }
        const r = (job.result ?? {}) as { migrated?: string[]; failed?: { instance: string; reason: string }[]; unplaced?: { instance: string; reason: string }[] };
        for (const m of r.migrated ?? []) output.line(`${m.replace(" -> ", " migrated to ")}`);
        for (const f of r.failed ?? []) output.line(`${f.instance}: ${output.red("failed")} ${f.reason}`);
        for (const u of r.unplaced ?? []) output.line(`${u.instance}: ${output.red("stays")} ${u.reason}`);
        output.line();
        output.line(`${host}: ${job.message}`);
        return (r.failed?.length ?? 0) + (r.unplaced?.length ?? 0) > 0 ? 1 : 0;
      }
      if (flags.from || flags.parallel || flags.dryRun) throw new UsageError("--from, --parallel and --dry-run go with --all");
      const job = await fleet.migrate(instance ?? localHostname(), target, { wait: flags.wait, onJob: jobProgress(output) });
      output.clearProgress();
      if (output.mode !== "human") output.json({ job });
      else if (flags.wait === false) output.line(`migrating ${job.instance} from ${job.host} to ${job.target}: job ${job.id} (ampm job watch ${job.id})`);
      else output.line(job.message);
      return 0;
    });
  });
}

/** ampm migrate budget: shows the limits and the leases held; sets the limits given. */
async function budget(fleet: Fleet, output: Output, flags: MigrateFlags): Promise<number> {
  const { getBudget, setBudget } = await import("../../index.js");
  const change = { fleet: flags.fleet, perSource: flags.perSource, perTarget: flags.perTarget };
  if (flags.defaults || Object.values(change).some((v) => v !== undefined)) await setBudget(fleet.client.transport, change, flags.defaults);
  const view: BudgetView = await getBudget(fleet.client.transport);
  if (output.mode !== "human") {
    output.json(view);
    return 0;
  }
  const shown = (v: number | undefined) => (v === undefined ? "agent default" : v === 0 ? "no limit" : String(v));
  output.table(
    [
      ["fleet", shown(view.limits.fleet)],
      ["per source", shown(view.limits.perSource)],
      ["per target", shown(view.limits.perTarget)],
    ],
    ["LIMIT", "MIGRATIONS AT ONCE"],
  );
  output.line();
  if (view.leases.length === 0) output.line("no leases held");
  else {
    const now = Date.now();
    output.table(
      view.leases.map((l) => [l.key, l.instance, `${l.source} -> ${l.target}`, l.holder, `${Math.max(0, Math.round((now - l.refreshedMs) / 1000))} s ago`]),
      ["LEASE", "INSTANCE", "MIGRATION", "HOLDER", "REFRESHED"],
    );
  }
  return 0;
}

/**
 * An evacuation's progress: on a terminal, the job's line (its message is
 * "N queued, N running, N done, N failed"); with --jsonl, a line
 * {"kind":"progress","queued":N,"running":N,"done":N,"failed":N} each time
 * the counts change (the final document has them as job.result.counts).
 */
function evacuationProgress(output: Output): (job: Job) => void {
  const line = jobProgress(output);
  let last = "";
  return (job) => {
    line(job);
    const counts = (job.result as { counts?: Record<string, number> } | undefined)?.counts;
    if (output.mode !== "jsonl" || !counts || job.state !== "running") return;
    const now = JSON.stringify(counts);
    if (now === last) return;
    last = now;
    output.jsonLine({ kind: "progress", queued: counts.queued, running: counts.running, done: counts.done, failed: counts.failed });
  };
}
