import os from "node:os";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { ConfigError, SigningKey } from "../../../../proto/wire/index.js";
import { EXIT } from "../../results.js";
import { findConfigFile, keyName, optionsFromEnv, readClientConfig } from "../../options.js";
import { Output } from "../output.js";
import { UsageError } from "../usage.js";

interface KeysFlags {
  dir?: string;
  force?: boolean;
  role?: string[];
  json?: boolean;
}

/** The key file this shell's ampm signs with: AMPM_KEY, else the client config's key:. */
function keyInUse(): string {
  const fromEnv = optionsFromEnv().key;
  if (fromEnv) return fromEnv;
  const config = findConfigFile();
  const fromConfig = config ? readClientConfig(config).key : undefined;
  if (fromConfig) return fromConfig;
  throw new UsageError("no key in use (neither AMPM_KEY nor key: in a client config): ampm keys show NAME, or ampm keys create NAME");
}

/** Where `ampm keys create` puts keys unless told: ~/.config/ampm/keys. */
export function defaultKeyDir(): string {
  return join(os.homedir(), ".config", "ampm", "keys");
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,63}$/;

export function configure(cmd: Command): void {
  cmd
    .option("--dir <dir>", `where key files go (default ${defaultKeyDir()})`)
    .option("--force", "replace an existing key file")
    .option("--role <role>", "create: the roles to print in the trust entry (default operator); repeatable", (v: string, p: string[] = []) => [...p, v])
    .option("--json", "one JSON document")
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
      const output = new Output(flags.json ? "json" : "human");
      try {
        if (!name && what === "show") name = keyInUse();
        if (!name) throw new UsageError(`ampm keys ${what} needs a NAME`);
        const dir = resolve(flags.dir ?? defaultKeyDir());
        if (what === "create") {
          if (!NAME.test(name)) throw new UsageError(`key name "${name}": letters, digits and _ . : @ - (it becomes the caller name and a file name)`);
          const key = SigningKey.generate();
          const { file, publicFile } = key.writeFile(join(dir, `${name}.nk`), `ampm key of "${name}", made ${new Date().toISOString()}`, { force: flags.force });
          const roles = flags.role ?? ["operator"];
          if (!output.human) output.json({ name, public_key: key.publicKey, file, public_file: publicFile, roles });
          else {
            output.line(`created ${name}: ${file} (secret, mode 600) and ${publicFile}`);
            output.line(`public key: ${key.publicKey}`);
            output.line();
            output.line("Trust it on agents (security.trusted_file, then SIGHUP or ampm rpc rpcutil reload):");
            output.line(`  - { name: "${name}", key: ${key.publicKey}, roles: [${roles.join(", ")}] }`);
            output.line(`Use it:  AMPM_KEY=${file} ampm status     (or --key-file, or key: in the client config)`);
          }
          process.exitCode = EXIT.OK;
          return;
        }
        if (what === "show") {
          const file = name.includes("/") || name.endsWith(".nk") ? resolve(name) : join(dir, `${name}.nk`);
          const key = SigningKey.fromFile(file);
          if (!output.human) output.json({ name: keyName(file), public_key: key.publicKey, file });
          else output.table([["name", keyName(file)], ["public key", key.publicKey], ["file", file]]);
          process.exitCode = EXIT.OK;
          return;
        }
        throw new UsageError(`keys what? create NAME or show NAME, not "${what}"`);
      } catch (err) {
        if (err instanceof UsageError || err instanceof ConfigError) {
          output.error(err.message);
          process.exitCode = EXIT.USAGE;
          return;
        }
        throw err;
      }
    });
}
