/**
 * `ampm __complete -- WORDS...`: the candidates for the last word of a
 * command line, one a line, for the completion scripts. Commands and
 * options come from the program's own definitions; names of hosts and
 * instances from the fleet, when a broker answers within a second.
 */
import type { Command, Option } from "commander";
import { BUILTIN_AGENTS, builtinActions, connect, fromEnvironment, listContexts, loadProfiles, type Client } from "../../index.js";

/**
 * What a word can be: literal words, and names looked up ("@hosts",
 * "@instances", "@contexts", "@profiles", "@agents", "@actions", "@commands").
 */
type Words = readonly string[];

/** Per command (or "command first-argument"), the words of each positional argument; the last one repeats. */
const POSITIONAL: Readonly<Record<string, readonly Words[]>> = {
  status: [["all", "@hosts"]],
  list: [["instances", "status"], ["all", "@hosts"]],
  query: [["status", "find-containers", "@instances"], ["@instances"]],
  "query status": [[], ["@hosts"]],
  migrate: [["@instances"], ["@hosts"], []],
  container: [["@hosts"], []],
  pause: [["@instances"], []],
  resume: [["@instances"], []],
  start: [["@instances"], []],
  stop: [["@instances"], []],
  destroy: [["@instances"], []],
  redeploy: [["@instances"], []],
  image: [["export", "import", "mount", "umount"], ["@instances"], []],
  job: [["list", "show", "watch"], []],
  facts: [["@hosts"], []],
  plugins: [["@hosts"], []],
  rpc: [["@agents"], ["@actions"], []],
  keys: [["create", "show"], []],
  context: [["add", "use", "ls", "show", "rm"], ["@contexts"], []],
  completion: [["bash", "zsh", "fish"], []],
  help: [["@commands"], []],
};

/** Values of options, by long name. */
const VALUES: Readonly<Record<string, Words>> = {
  "--context": ["@contexts"],
  "--identity": ["@hosts"],
  "--from": ["@hosts"],
  "--container": ["@hosts"],
  "--host": ["@hosts"],
  "--instance": ["@instances"],
  "--profile": ["@profiles"],
  "--discovery-method": ["registry", "broadcast", "static", "external"],
  "--status": ["OK", "ABORTED", "UNKNOWN_ACTION", "MISSING_DATA", "INVALID_DATA", "UNKNOWN_ERROR", "UNAUTHORIZED", "EXPIRED", "BUSY", "TIMEOUT"],
};

const takesValue = (o: Option) => o.required || o.optional;

interface Line {
  command?: Command;
  positionals: string[];
  /** The option whose value the last word is. */
  valueFor?: Option;
  /** --server, --context and --config given on the line: where to look for names. */
  flags: Record<string, string>;
}

function parseLine(program: Command, words: readonly string[]): Line {
  const line: Line = { positionals: [], flags: {} };
  const options = () => [...program.options, ...(line.command?.options ?? [])];
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!;
    if (word.startsWith("-")) {
      const option = options().find((o) => o.long === word || o.short === word);
      if (option && takesValue(option)) {
        if (i + 1 === words.length - 1) line.valueFor = option;
        else line.flags[option.long ?? ""] = words[i + 1]!;
        i++;
      }
    } else if (!line.command) line.command = program.commands.find((c) => c.name() === word);
    else line.positionals.push(word);
  }
  return line;
}

/** Host or instance names from the fleet: one quick broadcast, nothing when no broker answers within a second. */
async function fleetNames(kind: "hosts" | "instances", flags: Record<string, string>): Promise<string[]> {
  let client: Client | undefined;
  try {
    const options = fromEnvironment({ config: flags["--config"], context: flags["--context"], overrides: { servers: flags["--server"]?.split(",") } });
    client = await connect({ ...options, connectTimeoutMs: 1000, discoveryTimeoutMs: 800, discoveryQuietMs: 150 });
    if (kind === "hosts") return await client.discover();
    const { results } = await client.survey("hypervisor", "instances", {}, { filter: { agents: ["hypervisor"] } }).collect();
    return results.flatMap((r) => (r.ok ? (r.data as { instances: { hostname: string }[] }).instances.map((i) => i.hostname) : []));
  } catch {
    return [];
  } finally {
    await client?.close().catch(() => undefined);
  }
}

async function lookup(name: string, program: Command, line: Line): Promise<string[]> {
  switch (name) {
    case "@hosts":
      return fleetNames("hosts", line.flags);
    case "@instances":
      return fleetNames("instances", line.flags);
    case "@contexts":
      return listContexts();
    case "@profiles":
      return [...loadProfiles(fromEnvironment({ context: line.flags["--context"] }).profiles ?? []).profiles.keys()];
    case "@agents":
      return [...BUILTIN_AGENTS];
    case "@actions":
      return builtinActions(line.positionals[0] ?? "");
    case "@commands":
      return program.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden).map((c) => c.name());
    default:
      return [name];
  }
}

async function expand(words: Words, program: Command, line: Line): Promise<string[]> {
  return (await Promise.all(words.map((w) => lookup(w, program, line)))).flat();
}

/** The candidates for the last word of `words` (words after `ampm`). */
export async function complete(program: Command, words: readonly string[]): Promise<string[]> {
  const all = words.length > 0 ? words : [""];
  const current = all[all.length - 1]!;
  const line = parseLine(program, all);
  if (line.valueFor) return expand(VALUES[line.valueFor.long ?? ""] ?? [], program, line);
  if (current.startsWith("-")) {
    const options = [...(line.command?.options ?? []), ...program.options];
    return options.flatMap((o) => (o.long && !o.hidden ? [o.long] : []));
  }
  if (!line.command) return expand(["@commands"], program, line);
  const name = line.command.name();
  const table = POSITIONAL[`${name} ${line.positionals[0]}`] ?? POSITIONAL[name] ?? [];
  return expand(table[Math.min(line.positionals.length, table.length - 1)] ?? [], program, line);
}

export function configure(cmd: Command): void {
  cmd
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async () => {
      // The words as the shell gave them, after "--": commander must not read them as options.
      const argv = process.argv;
      const at = argv.indexOf("--", argv.indexOf("__complete"));
      const words = argv.slice(at >= 0 ? at + 1 : argv.indexOf("__complete") + 1);
      const found = await complete(cmd.parent!, words);
      const current = words[words.length - 1] ?? "";
      process.stdout.write([...new Set(found)].filter((c) => c.startsWith(current)).map((c) => `${c}\n`).join(""));
    });
}
