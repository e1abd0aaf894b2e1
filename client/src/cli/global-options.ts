/**
 * The options every command takes, anywhere on the command line
 * (`ampm --server URL ping` and `ampm ping --server URL`): connection,
 * output and diagnostics. Defined once on the program; main.ts hands their
 * values to the command that runs.
 */
import type { Command } from "commander";

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .optionsGroup("Output:")
    .option("--json", "one JSON document when all is done")
    .option("--jsonl", "one JSON object a line: a line per host (or item) as it comes, then a summary line")
    .option("--no-progress", "no progress line on a terminal");
}

export function addConnectionOptions(cmd: Command): Command {
  return cmd
    .optionsGroup("Connection (also AMPM_* and NATS_URL, a context, a config file):")
    .option("-s, --server <url>", "NATS server URL; repeat or comma-separate (default nats://127.0.0.1:4222)", collect)
    .option("--context <name>", "a named context: server, TLS, key, profiles (ampm context ls; default $AMPM_CONTEXT, else the one in use)")
    .option("--user <name>", "broker user name")
    .option("--password <password>", "broker password (prefer AMPM_PASSWORD)")
    .option("--token <token>", "broker token (prefer AMPM_TOKEN)")
    .option("--creds <file>", "NATS credentials file")
    .option("--tls-ca <file>", "CA certificate to verify the broker")
    .option("--tls-cert <file>", "client certificate")
    .option("--tls-key <file>", "client key")
    .option("--key-file <file>", "sign requests with this key (ampm keys create NAME; or AMPM_KEY); it also logs in to the broker")
    .option("--caller <name>", "who is asking (default: the key's name, else your user name)")
    .option("--config <file>", "client config file (default $AMPM_CONFIG, $XDG_CONFIG_HOME/ampm/client.yaml, /etc/ampm/client.yaml)");
}

export function addDiagnosticOptions(cmd: Command): Command {
  return cmd
    .optionsGroup("Diagnostics:")
    .option("-v, --verbose", "on stderr: the broker, each request (id, subject), discovery and its timing")
    .option("--debug", "--verbose, and every reply as it comes; the stack of an unexpected error");
}

/** Every global group. */
export function addGlobalOptions(cmd: Command): Command {
  return addDiagnosticOptions(addConnectionOptions(addOutputOptions(cmd)));
}

export interface GlobalFlags {
  json?: boolean;
  jsonl?: boolean;
  progress?: boolean;
  server?: string[];
  context?: string;
  user?: string;
  password?: string;
  token?: string;
  creds?: string;
  tlsCa?: string;
  tlsCert?: string;
  tlsKey?: string;
  keyFile?: string;
  caller?: string;
  config?: string;
  verbose?: boolean;
  debug?: boolean;
}
