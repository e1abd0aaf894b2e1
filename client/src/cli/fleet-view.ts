/** What the fleet commands share: a Fleet over the session's client, job progress, sizes. */
import type { Fleet, Job } from "../index.js";
import type { CommonFlags } from "./options.js";
import type { Output } from "./output.js";

export interface FleetFlags extends CommonFlags {
  wait?: boolean;
}

/** Connects and hands over a Fleet; errors become a message and an exit code. */
export async function withFleet(flags: CommonFlags, body: (fleet: Fleet, output: Output) => Promise<number>): Promise<number> {
  const session = await import("./session.js");
  const { Fleet } = await import("../index.js");
  return session.withClient(flags, (client, output) => body(new Fleet(client), output));
}

/** A job's progress on the terminal: kind, instance, phase, percent, message. */
export function jobProgress(output: Output): (job: Job) => void {
  const started = performance.now();
  return (job) => {
    const percent = job.percent ? ` ${Math.round(job.percent)}%` : "";
    const message = job.message ? ` · ${job.message}` : "";
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    output.spin(`${job.kind} ${job.instance || job.host}: ${job.phase}${percent}${message} · ${seconds} s`);
  };
}

export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value % 1 === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/** Host arguments: none means this machine, "all" means every host. */
export function hostScope(args: readonly string[], local: string): { all: boolean; hosts: string[] } {
  if (args.includes("all")) return { all: true, hosts: [] };
  return { all: false, hosts: args.length > 0 ? [...args] : [local] };
}
