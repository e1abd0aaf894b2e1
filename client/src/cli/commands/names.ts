import type { Command } from "commander";
import { EXIT, isHostname, listNames, releaseName } from "../../index.js";
import { parseDuration, type CommonFlags } from "../options.js";
import { formatAge } from "../output.js";
import { withClient } from "../session.js";
import { UsageError } from "../usage.js";

interface NamesFlags extends CommonFlags {
  force?: boolean;
}

export function configure(cmd: Command): void {
  cmd
    .option("--force", "release without asking the holder (it may still have the instance: two hosts could then run the name)")
    .option("--timeout <duration>", "release: how long to wait for the holder's answer (default 5s)", parseDuration)
    .addHelpText("after", `
A create claims its hostname fleet-wide before anything is built (the
broker's KV bucket ampm-instances, one key a name); the host that owns the
instance keeps the claim and deletes it when the instance is destroyed or
its create fails. A host that died for good leaves its claims behind, and
creates of those names fail with "name taken". ls shows each claim with
its holder as the host registry sees it (up, disabled, gone, unregistered).

release NAME clears one claim, after checking that it is stale:
  the holder is gone from the registry, or not in it   released
  the holder is up and has neither the instance nor    released
  a create or incoming migration of it
  the holder is up and has it                          refused, exit 1
  the holder is registered but does not answer         refused, exit 4
  no such claim                                        exit 3
--force releases without asking (a warning says so). The release deletes
only the claim it checked (compare-and-set on its revision): a create or a
move that takes the name meanwhile is never undone (refused, exit 1).

Examples:
  ampm names ls
  ampm names ls --json
  ampm names release web7.example.com
  ampm names release web7.example.com --force`)
    .action(async (op: string, name: string | undefined, flags: NamesFlags) => {
      process.exitCode = await withClient(flags, async (client, output) => {
        if (op === "ls") {
          if (name) throw new UsageError("names ls takes no name");
          const claims = await listNames(client);
          if (output.mode !== "human") output.items(claims, { names: claims });
          else if (claims.length > 0) {
            output.table(
              claims.map((c) => [
                c.name,
                c.host,
                c.holder === "gone" || c.holder === "unregistered" ? output.red(c.holder) : c.holder === "disabled" ? output.yellow(c.holder) : c.holder,
                c.holderLastSeenAgoMs === undefined ? "-" : `${formatAge(c.holderLastSeenAgoMs)} ago`,
                c.state,
                c.profile || "-",
              ]),
              ["NAME", "HOST", "HOLDER", "LAST SEEN", "STATE", "PROFILE"],
            );
          }
          return claims.length === 0 ? EXIT.NO_MATCH : EXIT.OK;
        }
        if (op === "release") {
          if (!name) throw new UsageError("names release NAME");
          if (!isHostname(name)) throw new UsageError(`"${name}" is not a hostname`);
          const released = await releaseName(client, name, { force: flags.force, timeoutMs: flags.timeout });
          if (released.forced) output.error(`warning: ${name} released without asking ${released.claim.host} (--force): if it still has the instance, a new create of the name will run it twice`);
          if (output.mode !== "human") output.json({ released: released.claim, forced: released.forced, reason: released.reason });
          else output.line(`released ${name} (held by ${released.claim.host}, ${released.claim.state}): ${released.reason}`);
          return EXIT.OK;
        }
        throw new UsageError(`names ${op}: ls or release`);
      });
    });
}
