import { join, resolve } from "node:path";
import type { Command } from "commander";
import { configDir, EXIT, fromEnvironment, keyName, SigningKey } from "../../index.js";
import type { CommonFlags } from "../options.js";
import { withOutput } from "../session.js";
import { UsageError } from "../usage.js";

interface KeysFlags extends CommonFlags {
  dir?: string;
  force?: boolean;
  role?: string[];
}

/** The key file this shell's ampm signs with: --key-file, AMPM_KEY, the context's or the config file's key. */
function keyInUse(flags: KeysFlags): string {
  const key = fromEnvironment({ config: flags.config, context: flags.context, overrides: { key: flags.keyFile } }).key;
  if (key) return key;
  throw new UsageError("no key in use (no --key-file, AMPM_KEY, or key: in the context or the client config): ampm keys show NAME, or ampm keys create NAME");
}

/** Where `ampm keys create` puts keys unless told: $XDG_CONFIG_HOME/ampm/keys. */
export function defaultKeyDir(): string {
  return join(configDir(), "keys");
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,63}$/;

export function configure(cmd: Command): void {
  cmd
    .option("--dir <dir>", `where key files go (default ${defaultKeyDir()})`)
    .option("--force", "replace an existing key file")
    .option("--role <role>", "create: the roles to print in the trust entry (default operator); repeatable", (v: string, p: string[] = []) => [...p, v])
    .addHelpText(
      "after",
      `
A key is an nkeys (ed25519) user key: NAME.nk holds the secret seed (mode 600,
never share it), NAME.pub the public key that agents trust. Requests signed
with it carry the caller name NAME; it also logs in to a broker that knows it.

  ampm keys create alice                 make ~/.config/ampm/keys/alice.nk and alice.pub
  ampm keys create agent:hv1 --dir /etc/ampm/keys --role agent
  ampm keys show alice                   the public key of a key (a name in --dir, or a file)
  ampm keys show                         the key in use (AMPM_KEY, or key: in the client config)

Then trust it on each agent (security.trusted_file), and use it:
  AMPM_KEY=~/.config/ampm/keys/alice.nk ampm status`,
    )
    .action(async (what: string, name: string | undefined, flags: KeysFlags) => {
      process.exitCode = await withOutput(flags, (output) => {
        if (!name && what === "show") name = keyInUse(flags);
        if (!name) throw new UsageError(`ampm keys ${what} needs a NAME`);
        const dir = resolve(flags.dir ?? defaultKeyDir());
        if (what === "create") {
          if (!NAME.test(name)) throw new UsageError(`key name "${name}": letters, digits and _ . : @ - (it becomes the caller name and a file name)`);
          const key = SigningKey.generate();
          const { file, publicFile } = key.writeFile(join(dir, `${name}.nk`), `ampm key of "${name}", made ${new Date().toISOString()}`, { force: flags.force });
          const roles = flags.role ?? ["operator"];
          if (!output.human) output.json({ name, publicKey: key.publicKey, file, publicFile, roles });
          else {
            output.line(`created ${name}: ${file} (secret, mode 600) and ${publicFile}`);
            output.line(`public key: ${key.publicKey}`);
            output.line();
            output.line("Trust it on agents (security.trusted_file, then SIGHUP or ampm rpc rpcutil reload):");
            output.line(`  - { name: "${name}", key: ${key.publicKey}, roles: [${roles.join(", ")}] }`);
            output.line(`Use it:  AMPM_KEY=${file} ampm status     (or --key-file, key: in a context or the client config)`);
          }
          return EXIT.OK;
        }
        if (what === "show") {
          const file = name.includes("/") || name.endsWith(".nk") ? resolve(name) : join(dir, `${name}.nk`);
          const key = SigningKey.fromFile(file);
          if (!output.human) output.json({ name: keyName(file), publicKey: key.publicKey, file });
          else output.table([["name", keyName(file)], ["public key", key.publicKey], ["file", file]]);
          return EXIT.OK;
        }
        throw new UsageError(`keys what? create NAME or show NAME, not "${what}"`);
      });
    });
}
