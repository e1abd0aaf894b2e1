import type { Command } from "commander";
import { addProfilesOption } from "../options.js";
import { formatBytes, jobProgress, withFleet, type FleetFlags } from "../fleet-view.js";
import { UsageError } from "../usage.js";

interface ImageFlags extends FleetFlags {
  to?: string;
  stop?: boolean;
  hostname?: string;
  container?: string;
  profile?: string;
  category?: string;
}

export function configure(cmd: Command): void {
  cmd
    .option("--to <file>", "export: the file to write (tar.gz for dir volumes, qcow2 for qcow2)")
    .option("--stop", "export: stop a running instance for the export, and start it again after")
    .option("--hostname <name>", "import: the new instance's host name")
    .option("--container <host>", "import: on this host (default: the best one placement finds)")
    .option("--profile <name>", "import: the profile, when the image has no FILE.ampm.json beside it")
    .option("--category <category>", "import: instance category")
    .addHelpText(
      "after",
      `
  ampm image export INSTANCE --to FILE [--stop]      the root volume into FILE (+ FILE.ampm.json)
  ampm image import FILE --hostname H [--container HOST] [--profile P]
  ampm image mount INSTANCE                          the stopped instance's root volume, for a look
  ampm image umount INSTANCE                         (starting the instance unmounts too)

The image travels through the broker's object store and its SHA-256 is
checked at each end. FILE.ampm.json holds the instance's record (profile,
resources, volumes, NICs, tags), so an import recreates it as it was.`,
    );
  addProfilesOption(cmd).action(async (what: string, target: string | undefined, flags: ImageFlags) => {
    process.exitCode = await withFleet(flags, async (fleet, output) => {
      if (!target) throw new UsageError(`ampm image ${what} needs ${what === "import" ? "a FILE" : "an INSTANCE"}`);
      switch (what) {
        case "export": {
          if (!flags.to) throw new UsageError("ampm image export needs --to FILE");
          const meta = await fleet.imageExport(target, flags.to, { stop: flags.stop, onJob: jobProgress(output) });
          output.clearProgress();
          if (output.mode !== "human") output.json({ file: flags.to, ...meta });
          else output.line(`${meta.instance.hostname}:${meta.instance.profile} exported to ${flags.to} (${meta.format}, ${formatBytes(meta.bytes)}, sha256 ${meta.sha256})`);
          return 0;
        }
        case "import": {
          if (!flags.hostname) throw new UsageError("ampm image import needs --hostname NAME");
          const { resolveProfile } = await import("../../index.js");
          const { profileDirsFor } = await import("../session.js");
          const profile = flags.profile ? resolveProfile(flags.profile, profileDirsFor(flags)) : undefined;
          const job = await fleet.imageImport(target, flags.hostname, { container: flags.container, profile, category: flags.category, onJob: jobProgress(output) });
          output.clearProgress();
          if (output.mode !== "human") output.json({ job });
          else output.line(job.message.replace(" created on ", " imported from " + target + " on "));
          return 0;
        }
        case "mount":
        case "umount": {
          const r = await fleet.mount(target, what === "mount");
          if (output.mode !== "human") output.json(r);
          else output.line(what === "mount" ? `${r.instance.hostname} mounted on ${r.host} at ${r.path}` : `${r.instance.hostname} unmounted`);
          return 0;
        }
        default:
          throw new UsageError(`image what? export, import, mount or umount, not "${what}"`);
      }
    });
  });
}
