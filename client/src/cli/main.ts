/**
 * ampm: the command line. One file per command under commands/, loaded
 * only when that command runs (so `ampm --version` and `ampm --help` start
 * fast); shared option groups in options.ts; all printing in output.ts.
 */
import { Command, CommanderError } from "commander";
import { VERSION } from "../../../proto/wire/version.js";

interface CommandModule {
  configure(cmd: Command): void;
}

/** Every command: its usage, one-line summary, and module. */
const COMMANDS: Readonly<Record<string, { usage: string; summary: string; load: () => Promise<CommandModule> }>> = {
  status: { usage: "status [host...]", summary: "Hosts, enabled or not, with their instances (all: every host)", load: () => import("./commands/status.js") },
  list: { usage: "list <instances|status> [host...]", summary: "A host's instances, with or without their state", load: () => import("./commands/list.js") },
  query: { usage: "query [what...]", summary: "Where an instance runs, its storage, profile and tags; a host's state; hosts that could take it", load: () => import("./commands/query.js") },
  create: { usage: "create", summary: "Create an instance from a profile (placement picks the host, or --container)", load: () => import("./commands/create.js") },
  migrate: { usage: "migrate [instance] [host]", summary: "Move an instance to a host (or where placement finds room); --all empties a host", load: () => import("./commands/migrate.js") },
  container: { usage: "container [host]", summary: "Take a host out of placement (--disable) or back in (--enable)", load: () => import("./commands/container.js") },
  pause: { usage: "pause [instance]", summary: "Pause an instance", load: () => import("./commands/lifecycle.js") },
  resume: { usage: "resume [instance]", summary: "Resume a paused instance", load: () => import("./commands/lifecycle.js") },
  start: { usage: "start [instance]", summary: "Start a stopped instance", load: () => import("./commands/lifecycle.js") },
  stop: { usage: "stop [instance]", summary: "Stop an instance", load: () => import("./commands/lifecycle.js") },
  destroy: { usage: "destroy [instance]", summary: "Delete an instance and its volumes (--yes)", load: () => import("./commands/lifecycle.js") },
  image: { usage: "image <export|import|mount|umount> [target]", summary: "Images of instances: export to a file, import from one, mount for a look", load: () => import("./commands/image.js") },
  redeploy: { usage: "redeploy [instance]", summary: "rsync an image directory onto an instance's root volume and start it", load: () => import("./commands/redeploy.js") },
  job: { usage: "job <list|show|watch> [id]", summary: "Long operations (create, migrate, evacuate): list, show, follow", load: () => import("./commands/job.js") },
  ping: { usage: "ping", summary: "Ping every matching host and show its round-trip time", load: () => import("./commands/ping.js") },
  discover: { usage: "discover", summary: "List the identities of the hosts that match the filters", load: () => import("./commands/discover.js") },
  facts: { usage: "facts [host]", summary: "Show the facts of a host, or of every host that matches the filters", load: () => import("./commands/facts.js") },
  plugins: {
    usage: "plugins [host]",
    summary: "List each host's plugins (storage, template, external agents), active or not, and why",
    load: () => import("./commands/plugins.js"),
  },
  rpc: {
    usage: "rpc [agent] [action] [key=value...]",
    summary: "Call any action of any agent, built-in or external, on every matching host",
    load: () => import("./commands/rpc.js"),
  },
  audit: { usage: "audit", summary: "Who did what, when: every host's record of every request (--instance, --caller, --since)", load: () => import("./commands/audit.js") },
  keys: { usage: "keys <create|show> [name]", summary: "Make a caller's signing key (nkeys ed25519), or show a key's public half", load: () => import("./commands/keys.js") },
};

const program = new Command("ampm")
  .description("Query and command a fleet of hypervisor hosts running ampm-agent, over NATS.")
  .version(VERSION)
  .exitOverride()
  .showHelpAfterError("(add --help for more)")
  .configureHelp({ sortSubcommands: false, showGlobalOptions: false })
  .addHelpText(
    "after",
    `
Exit codes:
  0  every host answered OK        4  some hosts did not answer
  1  some hosts answered a failure 5  the broker could not be reached
  2  usage error                   6  a host refused the caller (unsigned,
  3  no host matched the filters      untrusted, or not allowed by policy)

Start with:  ampm ping      then  ampm <command> --help`,
  );

async function main(): Promise<void> {
  const words = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
  const chosen = words[0] === "help" ? words[1] : words[0];
  for (const [name, entry] of Object.entries(COMMANDS)) {
    const cmd = program.command(entry.usage).description(entry.summary);
    if (name === chosen) (await entry.load()).configure(cmd);
  }
  try {
    await program.parseAsync();
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2;
    } else {
      process.stderr.write(`ampm: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 5;
    }
  }
}

// Not a top-level await: the single executable runs this as CommonJS.
void main();
