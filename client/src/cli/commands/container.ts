import type { Command } from "commander";
import { withFleet, type FleetFlags } from "../fleet-view.js";
import { UsageError } from "../usage.js";

interface ContainerFlags extends FleetFlags {
  enable?: boolean;
  disable?: boolean;
  reason?: string;
}

export function configure(cmd: Command): void {
  cmd
    .option("--enable", "take the host back into placement")
    .option("--disable", "keep new instances and migrations off the host; running instances stay")
    .option("--reason <text>", "why (shown by status and find-containers --explain)")
    .addHelpText(
      "after",
      `
With no HOST: this machine.

Examples:
  ampm container --disable container3.example.com --reason "disk replacement"
  ampm container --enable container3.example.com`,
    );
  cmd.action(async (host: string | undefined, flags: ContainerFlags) => {
    process.exitCode = await withFleet(flags, async (fleet, output) => {
      if (Boolean(flags.enable) === Boolean(flags.disable)) throw new UsageError("say --enable or --disable");
      const { localHostname } = await import("../../index.js");
      const name = host ?? localHostname();
      const state = await fleet.setEnabled(name, Boolean(flags.enable), flags.reason ?? "");
      if (output.mode !== "human") output.json({ identity: name, ...state });
      else output.line(`${name} ${state.enabled ? "enabled" : "disabled"}${state.reason ? ` (${state.reason})` : ""}`);
      return 0;
    });
  });
}
