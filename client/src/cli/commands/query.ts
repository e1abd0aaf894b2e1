import type { Command } from "commander";
import type { Fleet, Instance } from "../../index.js";
import type { Output } from "../output.js";
import { addProfilesOption, addSelectionOptions } from "../options.js";
import { formatBytes, withFleet, type FleetFlags } from "../fleet-view.js";
import { UsageError } from "../usage.js";

interface QueryFlags extends FleetFlags {
  container?: boolean;
  storage?: boolean;
  profile?: string | boolean;
  instanceTags?: boolean;
  containerTags?: boolean;
  explain?: boolean;
  category?: string;
}

export function configure(cmd: Command): void {
  cmd
    .option("--container", "the host the instance runs on")
    .option("--storage", "the instance's volumes: storage type, where")
    .option("--profile [name]", "the instance's profile; with find-containers: place a new instance of this profile")
    .option("--instance-tags", "the instance's tags")
    .option("--container-tags", "the host's tags (\"disabled\" first when it is)")
    .option("--explain", "find-containers: every host's verdict and why")
    .option("--category <category>", "find-containers --profile: the instance category (default: the profile's)")
    .addHelpText(
      "after",
      `
  ampm query --container [INSTANCE]          where it runs
  ampm query --storage [INSTANCE]            its volumes
  ampm query --profile [INSTANCE]            its profile
  ampm query --instance-tags [INSTANCE]      its tags
  ampm query --container-tags [HOST]         a host's tags
  ampm query status HOST                     "HOST is enabled|disabled"
  ampm query find-containers INSTANCE        hosts that could take it, best first
  ampm query find-containers --profile P     hosts that could take a new instance of P

INSTANCE may be host or host:profile; without one, this machine's host name.`,
    );
  addProfilesOption(addSelectionOptions(cmd)).action(async (words: string[], flags: QueryFlags) => {
    process.exitCode = await withFleet(flags, async (fleet, output) => {
      const { localHostname } = await import("../../index.js");
      const [first, ...rest] = words;
      if (first === "status") return hostStatus(fleet, output, rest[0] ?? localHostname());
      if (first === "find-containers") return findContainers(fleet, output, rest[0], flags);
      if (words.length > 1) throw new UsageError(`one name at most, got: ${words.join(" ")}`);
      // `query --profile proxy1.example.com`: the value is the instance (--profile P names a profile only for find-containers).
      const profileArg = typeof flags.profile === "string" ? flags.profile : undefined;
      if (profileArg && first) throw new UsageError(`one name at most, got: ${profileArg} ${first}`);
      const name = first ?? profileArg ?? localHostname();
      if (flags.containerTags) return containerTags(fleet, output, name);
      const chosen = [flags.container, flags.storage, flags.profile !== undefined, flags.instanceTags].filter(Boolean).length;
      if (chosen !== 1) throw new UsageError("say what to query: --container, --storage, --profile, --instance-tags or --container-tags (or: status, find-containers)");
      const { instance, host } = await fleet.locate(name);
      if (output.mode !== "human") {
        output.json({ instance, host });
        return 0;
      }
      if (flags.container) output.line(host);
      else if (flags.storage) for (const line of storageLines(instance)) output.line(line);
      else if (flags.profile !== undefined) output.line(instance.profile);
      else output.line(instance.tags.join(", "));
      return 0;
    });
  });
}

function storageLines(instance: Instance): string[] {
  return instance.volumes.map((v) => `${v.name}: ${v.storage} volume ${v.volume} at ${v.path} (${formatBytes(v.sizeBytes)})`);
}

async function hostStatus(fleet: Fleet, output: Output, host: string): Promise<number> {
  const view = await fleet.host(host);
  if (output.mode !== "human") output.json({ identity: view.identity, ...view.state });
  else output.line(`${view.identity} is ${view.state.enabled ? "enabled" : "disabled"}${!view.state.enabled && view.state.reason ? ` (${view.state.reason})` : ""}`);
  return 0;
}

/** A host's tags; given an instance (or run on one), the tags of the host it runs on. */
async function containerTags(fleet: Fleet, output: Output, name: string): Promise<number> {
  const { FleetError } = await import("../../index.js");
  let view;
  try {
    view = await fleet.host(name);
  } catch (err) {
    if (!(err instanceof FleetError) || err.code !== "not-found") throw err;
    const located = await fleet.locate(name).catch(() => {
      throw new FleetError(`${name} is neither a hypervisor host nor an instance that answered`, "not-found");
    });
    view = await fleet.host(located.host);
  }
  const tags = view.state.enabled ? view.tags : ["disabled", ...view.tags];
  if (output.mode !== "human") output.json({ identity: view.identity, tags });
  else output.line(tags.join(", "));
  return 0;
}

async function findContainers(fleet: Fleet, output: Output, name: string | undefined, flags: QueryFlags): Promise<number> {
  const { localHostname, resolveProfile } = await import("../../index.js");
  const { profileDirsFor } = await import("../session.js");
  let verdicts;
  if (typeof flags.profile === "string") {
    if (name) throw new UsageError("give an INSTANCE or --profile P, not both");
    verdicts = await fleet.placeProfile(resolveProfile(flags.profile, profileDirsFor(flags)), { category: flags.category });
  } else {
    verdicts = (await fleet.placeInstance(name ?? localHostname())).verdicts;
  }
  const ok = verdicts.filter((v) => v.ok);
  if (output.mode !== "human") output.json({ hosts: ok.map((v) => v.identity), verdicts });
  else if (flags.explain) {
    output.table(
      verdicts.map((v) => [v.identity, v.ok ? "ok" : output.red("no"), v.ok ? v.score.toFixed(3) : "", v.reasons.join("; ")]),
      ["HOST", "VERDICT", "SCORE", "WHY NOT"],
    );
  } else for (const v of ok) output.line(v.identity);
  if (ok.length === 0 && output.human && !flags.explain) output.error("no host can take it (see --explain)");
  return ok.length === 0 ? 3 : 0;
}
