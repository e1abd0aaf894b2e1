import type { Command } from "commander";
import { parsePositiveInt } from "../options.js";
import { jobProgress, withFleet, type FleetFlags } from "../fleet-view.js";
import { UsageError } from "../usage.js";

interface MigrateFlags extends FleetFlags {
  all?: boolean;
  from?: string;
  parallel?: number;
  dryRun?: boolean;
}

export function configure(cmd: Command): void {
  cmd
    .option("--all", "evacuate a host: move every instance to wherever placement finds room")
    .option("--from <host>", "with --all: the host to empty (default: this machine)")
    .option("--parallel <n>", "with --all: migrations at once (default 2)", parsePositiveInt)
    .option("--dry-run", "with --all: print the plan, move nothing")
    .option("--no-wait", "print the job and return; follow it with ampm job watch ID")
    .addHelpText(
      "after",
      `
  ampm migrate INSTANCE HOST      to that host
  ampm migrate INSTANCE           to the best host placement finds
  ampm migrate --all [--from HOST] [--parallel N] [--dry-run]

A cold migration: the instance stops, its volumes travel through the
broker's object store (checksummed), it starts on the target, and only then
is it removed here. Either side may crash at any step: on restart the
instance ends up on exactly one host, with its data.

To take a host out of service: ampm container --disable HOST, then
ampm migrate --all --from HOST.`,
    );
  cmd.action(async (instance: string | undefined, target: string | undefined, flags: MigrateFlags) => {
    process.exitCode = await withFleet(flags, async (fleet, output) => {
      const { localHostname } = await import("../../index.js");
      if (flags.all) {
        if (instance) throw new UsageError("--all moves every instance of a host: give the host with --from, not an INSTANCE");
        const host = flags.from ?? localHostname();
        const result = await fleet.evacuate(host, { parallel: flags.parallel, dryRun: flags.dryRun, wait: flags.wait, onJob: jobProgress(output) });
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
