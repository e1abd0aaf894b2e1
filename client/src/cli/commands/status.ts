import type { Command } from "commander";
import { addSelectionOptions } from "../options.js";
import { hostScope, withFleet, type FleetFlags } from "../fleet-view.js";

export function configure(cmd: Command): void {
  cmd.addHelpText(
    "after",
    `
With no HOST: this machine (its host name, or AMPM_HOSTNAME). "all": every
hypervisor host that answers (filters apply).

Examples:
  ampm status all
  ampm status container3.example.com
  ampm status all -T PHX --json`,
  );
  addSelectionOptions(cmd).action(async (args: string[], flags: FleetFlags) => {
    process.exitCode = await withFleet(flags, async (fleet, output) => {
      const { localHostname, instanceLabel } = await import("../../index.js");
      const scope = hostScope(args, localHostname());
      const filter = scope.all ? { identity: flags.identity, facts: flags.fact, tags: flags.tag, agents: flags.withAgent, where: flags.where } : { identity: scope.hosts };
      const { hosts } = await fleet.hosts({ filter });
      const missing = scope.all ? [] : scope.hosts.filter((h) => !hosts.some((x) => x.identity === h));
      if (output.mode !== "human") {
        const rows = hosts.map((h) => ({ identity: h.identity, ...h.state, slots: h.snapshot.capacity.slots, usedSlots: h.snapshot.used.slots, driver: h.driver, instances: h.instances }));
        output.items(rows, { hosts: rows, missing });
        for (const m of missing) output.error(`${m} is not a hypervisor host that answered`);
      } else {
        for (const h of hosts) {
          const state = h.state.enabled ? "enabled " : output.yellow("disabled");
          const why = !h.state.enabled && h.state.reason ? `  (${h.state.reason}${h.state.changedBy ? `, by ${h.state.changedBy}` : ""})` : "";
          output.line(`${output.bold(h.identity.padEnd(40))} ${state}  ${h.snapshot.used.slots}/${h.snapshot.capacity.slots} slots${why}`);
          for (const i of [...h.instances].sort((a, b) => a.hostname.localeCompare(b.hostname))) {
            output.line(`    ${instanceLabel(i)}${i.state === "migrating" ? "  (migrating)" : ""}`);
          }
          output.line();
        }
        for (const m of missing) output.error(`${m} is not a hypervisor host that answered${scope.hosts.length === 1 && !args.length ? " (this machine; try: ampm status all)" : ""}`);
      }
      return hosts.length === 0 ? 3 : missing.length > 0 ? 4 : 0;
    });
  });
}
