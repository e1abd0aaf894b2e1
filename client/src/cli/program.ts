/**
 * The `ampm` program: every command's usage and summary, the options every
 * command takes (global-options.ts), and each command's own options from
 * its file under commands/, loaded only for the command that runs (or for
 * all, when completion and the man page need them).
 */
import { Command } from "commander";
import { VERSION } from "../index.js";
import { addGlobalOptions } from "./global-options.js";

interface CommandModule {
  configure(cmd: Command): void;
}

interface Entry {
  usage: string;
  summary: string;
  load: () => Promise<CommandModule>;
  hidden?: boolean;
}

/** Every command: its usage, one-line summary, and module. */
export const COMMANDS: Readonly<Record<string, Entry>> = {
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
  hosts: { usage: "hosts", summary: "Every host in the host registry: up, disabled or gone, last seen, version, slots", load: () => import("./commands/hosts.js") },
  attr: { usage: "attr <set|get|del> <host> [key] [values...]", summary: "Operator attributes of a host, kept by the broker and merged into its facts (they win)", load: () => import("./commands/attr.js") },
  names: { usage: "names <ls|release> [name]", summary: "Hostname claims (unique names fleet-wide): list them, release a stale one", load: () => import("./commands/names.js") },
  pool: { usage: "pool ls", summary: "Pools (the attribute pool) and their hosts", load: () => import("./commands/pool.js") },
  discover: { usage: "discover", summary: "List the identities of the hosts that match the filters", load: () => import("./commands/discover.js") },
  facts: { usage: "facts [host]", summary: "Show the facts of a host, or of every host that matches the filters", load: () => import("./commands/facts.js") },
  plugins: { usage: "plugins [host]", summary: "List each host's plugins (storage, template, external agents), active or not, and why", load: () => import("./commands/plugins.js") },
  rpc: { usage: "rpc [agent] [action] [key=value...]", summary: "Call any action of any agent, built-in or external, on every matching host", load: () => import("./commands/rpc.js") },
  audit: { usage: "audit", summary: "Who did what, when: every host's record of every request (--instance, --caller, --since)", load: () => import("./commands/audit.js") },
  serve: { usage: "serve", summary: "A REST API and a live web page of the fleet (http://127.0.0.1:8080/)", load: () => import("./commands/serve.js") },
  keys: { usage: "keys <create|show> [name]", summary: "Make a caller's signing key (nkeys ed25519), or show a key's public half", load: () => import("./commands/keys.js") },
  context: { usage: "context <add|use|ls|show|rm> [name]", summary: "Named connection settings (server, TLS, key, profiles): add, use, list, show, remove", load: () => import("./commands/context.js") },
  completion: { usage: "completion <bash|zsh|fish>", summary: "Print a shell completion script (commands, options, host and instance names)", load: () => import("./commands/completion.js") },
  man: { usage: "man", summary: "Print the manual page (roff), made from these command definitions: ampm man | man -l -", load: () => import("./commands/man.js") },
  __complete: { usage: "__complete [words...]", summary: "Completion candidates for the words of a command line (used by the completion scripts)", load: () => import("./commands/complete.js"), hidden: true },
};

/** Commands that need every command's options. */
const NEEDS_ALL = new Set(["completion", "man", "__complete"]);

export const EXIT_HELP = `
Exit codes:
  0  every host answered OK        4  some hosts did not answer
  1  some hosts answered a failure 5  the broker could not be reached
  2  usage error                   6  refused: by a host (signature, trust,
  3  no host matched the filters      policy) or by the broker (permissions)
                                   7  unexpected error (--debug shows where)`;

/** The command a command line runs: its first word that is neither an option nor an option's value. */
export function commandName(argv: readonly string[], program: Command = addGlobalOptions(new Command())): string | undefined {
  const takesValue = new Set(program.options.filter((o) => o.required || o.optional).flatMap((o) => [o.long, o.short].filter(Boolean) as string[]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") return argv[i + 1];
    if (!arg.startsWith("-")) return arg === "help" ? argv[i + 1] : arg;
    if (takesValue.has(arg)) i++;
  }
  return undefined;
}

/** The program, with `chosen`'s options (every command's for completion and the man page). */
export async function buildProgram(chosen?: string): Promise<Command> {
  const program = addGlobalOptions(
    new Command("ampm")
      .description("Query and command a fleet of hypervisor hosts running ampm-agent, over NATS.")
      .version(VERSION, "-V, --version")
      .exitOverride()
      .showHelpAfterError("(add --help for more)")
      .configureHelp({ sortSubcommands: false, showGlobalOptions: true })
      .addHelpText("after", `${EXIT_HELP}\n\nStart with:  ampm ping      then  ampm <command> --help`),
  );
  // The options every command takes reach the command that runs, wherever they were on the line.
  program.hook("preAction", (_program, action) => {
    for (const [key, value] of Object.entries(program.opts())) if (action.getOptionValue(key) === undefined) action.setOptionValue(key, value);
  });
  const all = chosen !== undefined && NEEDS_ALL.has(chosen);
  for (const [name, entry] of Object.entries(COMMANDS)) {
    const cmd = program.command(entry.usage, { hidden: entry.hidden }).description(entry.summary);
    if (all || name === chosen) (await entry.load()).configure(cmd);
  }
  return program;
}
