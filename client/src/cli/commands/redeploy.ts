import type { Command } from "commander";
import { jobProgress, withFleet, type FleetFlags } from "../fleet-view.js";
import { UsageError } from "../usage.js";

export function configure(cmd: Command): void {
  cmd
    .option("--image <name>", "an image directory under the host's images_dir")
    .addHelpText(
      "after",
      `
vm-image-manager's fast redeploy: the instance is stopped, the image
directory is rsync'ed onto its root volume (only what differs is copied;
files not in the image go), and it is started. Needs a root volume its
storage plugin can sync (dir). The instance is locked meanwhile.

Example:
  ampm redeploy worker7.example.com --image sl5-worker`,
    );
  cmd.action(async (instance: string | undefined, flags: FleetFlags & { image?: string }) => {
    process.exitCode = await withFleet(flags, async (fleet, output) => {
      if (!flags.image) throw new UsageError("ampm redeploy needs --image NAME");
      const { localHostname } = await import("../../index.js");
      const job = await fleet.redeploy(instance ?? localHostname(), flags.image, { wait: flags.wait, onJob: jobProgress(output) });
      output.clearProgress();
      if (output.mode !== "human") output.json({ job });
      else output.line(job.message);
      return 0;
    });
  });
}
