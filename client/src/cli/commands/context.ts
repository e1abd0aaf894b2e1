import { resolve } from "node:path";
import type { Command } from "commander";
import { stringify as toYaml } from "yaml";
import { contextFile, EXIT, listContexts, readContext, removeContext, selectedContext, toFileShape, useContext, writeContext, type ClientOptions } from "../../index.js";
import { addProfilesOption, connectionFlags, type CommonFlags } from "../options.js";
import type { Output } from "../output.js";
import { withOutput } from "../session.js";
import { UsageError } from "../usage.js";

/** Paths in a context are kept absolute: it is used from any directory. */
function absolutePaths(options: ClientOptions): ClientOptions {
  const abs = (p: string | undefined) => (p ? resolve(p) : undefined);
  const tls = options.tls && { ca: abs(options.tls.ca), cert: abs(options.tls.cert), key: abs(options.tls.key) };
  return { ...options, key: abs(options.key), creds: abs(options.creds), tls, profiles: options.profiles?.map((p) => resolve(p)) };
}

/** What a person may see of a context: secrets masked. */
function shown(options: ClientOptions): object {
  const shape = toFileShape(options) as Record<string, unknown>;
  for (const secret of ["password", "token"]) if (shape[secret]) shape[secret] = "***";
  return shape;
}

export function configure(cmd: Command): void {
  addProfilesOption(cmd)
    .option("--use", "add: and use it from now on")
    .addHelpText(
      "after",
      `
A context is a named set of connection settings (the options of "Connection"
below, and --profiles), kept in $XDG_CONFIG_HOME/ampm/contexts/NAME.yaml
(default ~/.config/ampm). The one in use applies to every command, under
AMPM_* variables and flags, over the client config file; --context NAME or
AMPM_CONTEXT picks another for one command.

  ampm context add prod --server tls://nats.mgmt.example.com:4222 \\
      --tls-ca /etc/ampm/ca.pem --key-file ~/.config/ampm/keys/sysadmin.nk --profiles /etc/ampm/profiles --use
  ampm context ls                  the contexts; * marks the one in use
  ampm context use lab             use lab from now on
  ampm context show [NAME]         its settings (default: the one in use)
  ampm context rm lab`,
    )
    .action(async (what: string, name: string | undefined, flags: CommonFlags & { use?: boolean }) => {
      process.exitCode = await withOutput(flags, (output) => run(output, what, name, flags));
    });
}

function run(output: Output, what: string, name: string | undefined, flags: CommonFlags & { use?: boolean }): number {
  switch (what) {
    case "add": {
      if (!name) throw new UsageError("ampm context add needs a NAME");
      const settings = absolutePaths(connectionFlags({ ...flags, timeout: undefined }));
      if (!settings.servers?.length) throw new UsageError("a context needs at least --server URL");
      const file = writeContext(name, settings);
      if (flags.use) useContext(name);
      if (output.human) output.line(`context ${name} saved in ${file}${flags.use ? ", and in use" : ` (use it: ampm context use ${name})`}`);
      else output.json({ name, file, inUse: Boolean(flags.use), settings: shown(settings) });
      return EXIT.OK;
    }
    case "use": {
      if (!name) throw new UsageError("ampm context use needs a NAME (ampm context ls lists them)");
      useContext(name);
      if (output.human) output.line(`using context ${name}`);
      else output.json({ name, inUse: true });
      return EXIT.OK;
    }
    case "ls": {
      const current = selectedContext();
      const rows = listContexts().map((n) => ({ name: n, inUse: n === current, servers: readContext(n).servers ?? [] }));
      if (!output.human) output.items(rows, { contexts: rows });
      else if (rows.length === 0) output.line("no contexts (ampm context add NAME --server URL ...)");
      else output.table(rows.map((r) => [`${r.inUse ? "*" : " "} ${r.name}`, r.servers.join(", ")]));
      return EXIT.OK;
    }
    case "show": {
      const chosen = name ?? selectedContext();
      if (!chosen) throw new UsageError("no context in use: ampm context show NAME, or ampm context use NAME");
      const settings = shown(readContext(chosen));
      if (output.human) {
        output.line(`# ${contextFile(chosen)}${chosen === selectedContext() ? " (in use)" : ""}`);
        output.line(toYaml(settings).trimEnd());
      } else output.json({ name: chosen, file: contextFile(chosen), inUse: chosen === selectedContext(), settings });
      return EXIT.OK;
    }
    case "rm": {
      if (!name) throw new UsageError("ampm context rm needs a NAME");
      removeContext(name);
      if (output.human) output.line(`context ${name} removed`);
      else output.json({ name, removed: true });
      return EXIT.OK;
    }
    default:
      throw new UsageError(`context what? add, use, ls, show or rm, not "${what}"`);
  }
}
