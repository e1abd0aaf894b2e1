/**
 * Option groups shared by commands (filters, discovery, call, output,
 * connection), and turning parsed flags into library options.
 */
import { Command, InvalidArgumentError } from "commander";
import type { CallOptions, ClientOptions, DiscoveryOptions, FilterSpec } from "../index.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "500ms", "5s", "2m", "1h"; a plain number is seconds. */
export function parseDuration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`expected a duration like 500ms, 5s, 2m or a number of seconds, got "${value}"`);
  const ms = Number(m[1]) * UNITS[m[2] ?? "s"]!;
  if (ms < 1) throw new InvalidArgumentError(`duration "${value}" is too short`);
  return Math.round(ms);
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  return n;
}

function parseLimitFlag(value: string): string {
  if (!/^\d+(\.\d+)?%?$/.test(value.trim()) || Number.parseFloat(value) <= 0) {
    throw new InvalidArgumentError(`expected a count like 5 or a percentage like 10%, got "${value}"`);
  }
  return value.trim();
}

export function addFilterOptions(cmd: Command): Command {
  return cmd
    .optionsGroup("Filters (all must match):")
    .option("-I, --identity <name>", "host identity: exact, glob (container*) or /regex/; repeat for any of several", collect)
    .option("-F, --fact <fact op value>", "fact filter: rack=r12, memory_mb>=4096, os=~/linux/; repeatable", collect)
    .option("-T, --tag <tag>", "host has this tag; repeatable", collect)
    .option("-A, --with-agent <agent>", "host has this agent; repeatable", collect)
    .option("-W, --where <expr>", 'compound filter: "tags has dmz and (rack in (r1, r2) or not disabled)"');
}

export function addDiscoveryOptions(cmd: Command): Command {
  return cmd
    .optionsGroup("Discovery:")
    .option("--discovery-method <method>", "broadcast (ask the fleet) or static (-I names, --nodes)")
    .option("--nodes <file>", "static discovery from a file of identities, one a line; - for stdin")
    .option("--discovery-timeout <duration>", "broadcast: the longest to wait for hosts", parseDuration)
    .option("--discovery-quiet <duration>", "broadcast: stop once no host answered for this long", parseDuration);
}

export function addCallOptions(cmd: Command): Command {
  return cmd
    .optionsGroup("Call:")
    .option("--timeout <duration>", "how long actions may run and replies are awaited (default 10s)", parseDuration)
    .option("--batch <n>", "ask this many hosts at a time", parsePositiveInt)
    .option("--batch-sleep <duration>", "pause between batches", parseDuration)
    .option("--limit <n|n%>", "act on a random subset of the matching hosts", parseLimitFlag);
}

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .optionsGroup("Output:")
    .option("--json", "one JSON document when all is done")
    .option("--jsonl", "a JSON line per host as replies arrive, then a summary line")
    .option("--no-progress", "no progress line on a terminal");
}

/** The connection group; `caller: false` leaves out --caller (a command that uses the word for something else). */
export function addConnectionOptions(cmd: Command, options: { caller?: boolean } = {}): Command {
  cmd
    .optionsGroup("Connection (also AMPM_SERVER, AMPM_KEY, AMPM_USER, ... and a config file):")
    .option("-s, --server <url>", "NATS server URL; repeat or comma-separate (default nats://127.0.0.1:4222)", collect)
    .option("--user <name>", "broker user name")
    .option("--password <password>", "broker password (prefer AMPM_PASSWORD)")
    .option("--token <token>", "broker token (prefer AMPM_TOKEN)")
    .option("--creds <file>", "NATS credentials file")
    .option("--tls-ca <file>", "CA certificate to verify the broker")
    .option("--tls-cert <file>", "client certificate")
    .option("--tls-key <file>", "client key")
    .option("--key-file <file>", "sign requests with this key (ampm keys create NAME; or AMPM_KEY); it also logs in to the broker")
    .option("--config <file>", "client config file (default $AMPM_CONFIG, ~/.config/ampm/client.yaml, /etc/ampm/client.yaml)");
  if (options.caller !== false) cmd.option("--caller <name>", "who is asking (default: the key's name, else your user name)");
  return cmd;
}

/** Adds every shared group; commands that fan out use this. */
export function addFanoutOptions(cmd: Command): Command {
  return addConnectionOptions(addOutputOptions(addCallOptions(addDiscoveryOptions(addFilterOptions(cmd)))));
}

export interface CommonFlags {
  identity?: string[];
  fact?: string[];
  tag?: string[];
  withAgent?: string[];
  where?: string;
  discoveryMethod?: string;
  nodes?: string;
  discoveryTimeout?: number;
  discoveryQuiet?: number;
  timeout?: number;
  batch?: number;
  batchSleep?: number;
  limit?: string;
  json?: boolean;
  jsonl?: boolean;
  progress?: boolean;
  server?: string[];
  user?: string;
  password?: string;
  token?: string;
  creds?: string;
  tlsCa?: string;
  tlsCert?: string;
  tlsKey?: string;
  caller?: string;
  keyFile?: string;
  config?: string;
}

export function filterSpec(flags: CommonFlags): FilterSpec {
  return { identity: flags.identity, facts: flags.fact, tags: flags.tag, agents: flags.withAgent, where: flags.where };
}

export function discoveryOptions(flags: CommonFlags): DiscoveryOptions {
  const method = flags.discoveryMethod ?? (flags.nodes ? "static" : "broadcast");
  return {
    method: method as DiscoveryOptions["method"],
    nodesFile: flags.nodes,
    timeoutMs: flags.discoveryTimeout,
    quietMs: flags.discoveryQuiet,
  };
}

export function callOptions(flags: CommonFlags): CallOptions {
  return {
    filter: filterSpec(flags),
    discovery: discoveryOptions(flags),
    timeoutMs: flags.timeout,
    batch: flags.batch,
    batchSleepMs: flags.batchSleep,
    limit: flags.limit,
  };
}

export function connectionFlags(flags: CommonFlags): ClientOptions {
  const tls = flags.tlsCa || flags.tlsCert || flags.tlsKey ? { ca: flags.tlsCa, cert: flags.tlsCert, key: flags.tlsKey } : undefined;
  return {
    servers: flags.server?.flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean),
    user: flags.user,
    password: flags.password,
    token: flags.token,
    creds: flags.creds,
    tls,
    caller: flags.caller,
    key: flags.keyFile,
    timeoutMs: flags.timeout,
  };
}
