import type { Command } from "commander";
import { addProfilesOption } from "../options.js";
import { jobProgress, withFleet, type FleetFlags } from "../fleet-view.js";

interface CreateFlags extends FleetFlags {
  profile: string;
  hostname: string;
  container?: string;
  category?: string;
}

export function configure(cmd: Command): void {
  cmd
    .requiredOption("--profile <name>", "the profile: template, resources, volumes, NICs, tags, requirements")
    .requiredOption("--hostname <name>", "the new instance's host name")
    .option("--container <host>", "on this host (default: the best one placement finds)")
    .option("--category <category>", "instance category, e.g. admin or service (default: the profile's, else user)")
    .option("--no-wait", "print the job and return; follow it with ampm job watch ID")
    .addHelpText(
      "after",
      `
The chosen host claims room before anything is built, so creates running at
the same time never overfill a host; when another create took the room
first, the next best host is tried.

Examples:
  ampm create --profile external-name-server-rhel5 --hostname ns3.example.com
  ampm create --profile external-name-server-rhel5 --hostname ns4.example.com --container container4.example.com`,
    );
  addProfilesOption(cmd).action(async (flags: CreateFlags) => {
    process.exitCode = await withFleet(flags, async (fleet, output) => {
      const { resolveProfile } = await import("../../index.js");
      const { profileDirsFor } = await import("../session.js");
      const profile = resolveProfile(flags.profile, profileDirsFor(flags));
      const job = await fleet.create(profile, flags.hostname, { container: flags.container, category: flags.category, wait: flags.wait, onJob: jobProgress(output) });
      output.clearProgress();
      if (output.mode !== "human") output.json({ job });
      else if (flags.wait === false) output.line(`creating ${flags.hostname} on ${job.host}: job ${job.id} (ampm job watch ${job.id})`);
      else output.line(job.message);
      return 0;
    });
  });
}
