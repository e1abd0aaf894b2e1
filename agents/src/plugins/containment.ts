/**
 * Keeping a plugin's processes together, so none outlives its invocation,
 * however it detaches (a double fork, setsid, a new process group):
 *
 *   pid-namespace   (root, with util-linux's unshare) the plugin runs as the
 *                   first process of a PID namespace of its own: when it
 *                   exits or is killed, the kernel kills everything else in
 *                   that namespace.
 *   process-group   (otherwise) the plugin's process group is killed, and so
 *                   is every process that still carries the invocation's
 *                   mark (AMPM_PLUGIN_RUN in its environment), found in /proc.
 *
 * Either way the runner kills the process group too: TERM at the deadline,
 * KILL after a grace.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";

export type ContainmentMode = "pid-namespace" | "process-group";
export type ContainmentSetting = ContainmentMode | "auto";

/** The environment variable that marks an invocation's processes. */
export const RUN_MARK = "AMPM_PLUGIN_RUN";

/** Whether this process can start a program in a PID namespace of its own (tried once, with `true`). */
function canUsePidNamespace(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = spawnSync("unshare", ["--pid", "--fork", "--kill-child", "--", "true"], { stdio: "ignore", timeout: 5000 });
  return probe.status === 0;
}

export class Containment {
  readonly mode: ContainmentMode;

  constructor(setting: ContainmentSetting = "auto") {
    this.mode = setting === "auto" ? (canUsePidNamespace() ? "pid-namespace" : "process-group") : setting;
  }

  /** A mark for one invocation. */
  newMark(): string {
    return randomBytes(12).toString("hex");
  }

  /** The program and arguments that run `executable` contained. */
  command(executable: string): { file: string; args: string[] } {
    return this.mode === "pid-namespace" ? { file: "unshare", args: ["--pid", "--fork", "--kill-child", "--", executable] } : { file: executable, args: [] };
  }

  /** Kills every process that carries `mark` (not this one); how many it found. */
  killMarked(mark: string): number {
    const needle = Buffer.from(`${RUN_MARK}=${mark}\0`);
    let killed = 0;
    let pids: string[];
    try {
      pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
    } catch {
      return 0;
    }
    for (const pid of pids) {
      if (Number(pid) === process.pid) continue;
      let environ: Buffer;
      try {
        environ = readFileSync(`/proc/${pid}/environ`);
      } catch {
        continue; // gone, or not ours to read
      }
      if (environ.indexOf(needle) < 0) continue;
      try {
        process.kill(Number(pid), "SIGKILL");
        killed++;
      } catch {
        // gone meanwhile
      }
    }
    return killed;
  }
}
