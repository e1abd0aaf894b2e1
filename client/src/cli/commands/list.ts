import type { Command } from "commander";
import { addSelectionOptions } from "../options.js";
import { hostScope, withFleet, type FleetFlags } from "../fleet-view.js";

export function configure(cmd: Command): void {
  cmd.addHelpText(
    "after",
    `
  ampm list instances [HOST|all]    instance:profile, one a line
  ampm list status [HOST|all]       instance:profile and its state

With no HOST: this machine's instances.`,
  );
  addSelectionOptions(cmd).action(async (what: string, args: string[], flags: FleetFlags) => {
    if (what !== "instances" && what !== "status") {
      const { Output } = await import("../output.js");
      new Output("human").error(`list what? "instances" or "status", not "${what}"`);
      process.exitCode = 2;
      return;
    }
    process.exitCode = await withFleet(flags, async (fleet, output) => {
      const { localHostname, instanceLabel, FleetError } = await import("../../index.js");
      const scope = hostScope(args, localHostname());
      const filter = scope.all ? { identity: flags.identity, facts: flags.fact, tags: flags.tag, where: flags.where } : { identity: scope.hosts };
      const { hosts } = await fleet.hosts({ filter });
      if (!scope.all && hosts.length === 0) {
        throw new FleetError(`${scope.hosts.join(", ")}: no such hypervisor host answered${args.length ? "" : ` (this machine; try: ampm list ${what} all)`}`, "not-found");
      }
      const instances = hosts.flatMap((h) => h.instances).sort((a, b) => a.hostname.localeCompare(b.hostname));
      if (output.mode !== "human") output.items(instances, { instances });
      else if (what === "instances") for (const i of instances) output.line(instanceLabel(i));
      else output.table(instances.map((i) => [instanceLabel(i), i.state]));
      return 0;
    });
  });
}
