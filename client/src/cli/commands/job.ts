import type { Command } from "commander";
import type { Job } from "../../index.js";
import type { Output } from "../output.js";
import { formatBytes, jobProgress, withFleet, type FleetFlags } from "../fleet-view.js";
import { UsageError } from "../usage.js";

export function configure(cmd: Command): void {
  cmd.addHelpText(
    "after",
    `
  ampm job list          jobs on every host, newest first
  ampm job show ID       one job, in full
  ampm job watch ID      follow a job until it ends (exit 1 if it failed)`,
  );
  cmd.action(async (what: string, id: string | undefined, flags: FleetFlags) => {
    process.exitCode = await withFleet(flags, async (fleet, output) => {
      if (what === "list") {
        const jobs = await fleet.jobs();
        if (output.mode !== "human") output.items(jobs, { jobs });
        else output.table(jobs.map(row), ["JOB", "HOST", "KIND", "INSTANCE", "STATE", "PHASE", "STARTED", "MESSAGE"]);
        return 0;
      }
      if (what !== "show" && what !== "watch") throw new UsageError(`job what? list, show ID or watch ID, not "${what}"`);
      if (!id) throw new UsageError(`ampm job ${what} needs a job ID (ampm job list shows them)`);
      const [job] = await fleet.jobs(id);
      if (!job) {
        output.error(`no host knows job ${id}`);
        return 3;
      }
      if (what === "watch" && job.state === "running") {
        const final = await fleet.waitJob(job.host, id, jobProgress(output)).catch((err: Error & { job?: Job }) => err.job ?? Promise.reject(err));
        output.clearProgress();
        show(output, final);
        return final.state === "done" ? 0 : 1;
      }
      show(output, job);
      return job.state === "failed" ? 1 : 0;
    });
  });
}

function row(j: Job): string[] {
  return [j.id, j.host, j.kind, j.instance, j.state, j.state === "running" ? `${j.phase} ${Math.round(j.percent)}%` : j.phase, new Date(j.startedAtMs).toISOString().slice(0, 19).replace("T", " "), j.message];
}

function show(output: Output, job: Job): void {
  if (output.mode !== "human") {
    output.json({ job });
    return;
  }
  output.table([
    ["job", job.id],
    ["host", job.host],
    ["kind", job.kind],
    ["instance", job.instance],
    ...(job.target ? [["target", job.target]] : []),
    ["state", job.state],
    ["phase", `${job.phase}${job.percent ? ` (${Math.round(job.percent)}%)` : ""}`],
    ...(job.bytes ? [["bytes", formatBytes(job.bytes)]] : []),
    ["caller", job.caller],
    ["started", new Date(job.startedAtMs).toISOString()],
    ["updated", new Date(job.updatedAtMs).toISOString()],
    ["message", job.message],
  ]);
}
