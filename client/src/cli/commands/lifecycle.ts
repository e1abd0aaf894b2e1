import type { Command } from "commander";
import { withFleet, type FleetFlags } from "../fleet-view.js";
import { UsageError } from "../usage.js";

type Op = "pause" | "resume" | "start" | "stop" | "destroy";
const DONE: Record<Op, string> = { pause: "paused", resume: "resumed", start: "started", stop: "stopped", destroy: "destroyed, with its volumes" };

/** pause, resume, start, stop, destroy: one file, configured for each by its name. */
export function configure(cmd: Command): void {
  const op = cmd.name() as Op;
  if (op === "destroy") cmd.option("--yes", "really: destroy deletes the instance and its volumes");
  cmd.addHelpText("after", `\nINSTANCE may be host or host:profile; without one, this machine's host name.`);
  cmd.action(async (instance: string | undefined, flags: FleetFlags & { yes?: boolean }) => {
    process.exitCode = await withFleet(flags, async (fleet, output) => {
      const { localHostname, instanceLabel } = await import("../../index.js");
      const name = instance ?? localHostname();
      if (op === "destroy" && !flags.yes) throw new UsageError(`destroy deletes ${name} and its volumes; add --yes`);
      const { instance: result, host } = await fleet.lifecycle(op, name);
      if (output.mode !== "human") output.json({ instance: result, host });
      else output.line(`${instanceLabel(result)} ${DONE[op]}${op === "destroy" ? "" : ` (on ${host}, now ${result.state})`}`);
      return 0;
    });
  });
}
