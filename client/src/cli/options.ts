/**
 * Option groups of the commands that reach hosts (filters, discovery,
 * call), and turning parsed flags into library options. The options every
 * command takes are in global-options.ts.
 */
import { Command, InvalidArgumentError } from "commander";
import { parseDuration as toMs, type CallOptions, type ClientOptions, type DiscoveryOptions, type FilterSpec } from "../index.js";
import type { GlobalFlags } from "./global-options.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** A duration flag: "500ms", "5s", "2m", "1h" (the library's one parser). */
export function parseDuration(value: string): number {
  try {
    const ms = toMs(value);
    if (ms < 1) throw new InvalidArgumentError(`duration "${value}" is too short`);
    return ms;
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  return n;
}

/** A count that may be 0 (0: none, or no limit, as the flag says). */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`expected a whole number (0 or more), got "${value}"`);
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
    .option(
      "--discovery-method <method>",
      "registry (one read of the host registry: the default when the broker has it, else broadcast), broadcast (ask the fleet), static (-I names, --nodes), external (--discovery-program)",
    )
    .option("--nodes <file>", "static discovery from a file of identities, one a line; - for stdin")
    .option("--discovery-program <path>", "external discovery: a program that reads the filter as JSON on stdin and prints identities, one a line")
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

/** Filters, discovery and call: commands that fan out use this. */
export function addFanoutOptions(cmd: Command): Command {
  return addCallOptions(addDiscoveryOptions(addFilterOptions(cmd)));
}

/** Filters and discovery: commands that look at the fleet. */
export function addSelectionOptions(cmd: Command): Command {
  return addDiscoveryOptions(addFilterOptions(cmd));
}

export function addProfilesOption(cmd: Command): Command {
  return cmd.option("--profiles <dir>", "a directory of profiles (YAML/JSON); repeatable; also AMPM_PROFILES", collect);
}

export interface CommonFlags extends GlobalFlags {
  identity?: string[];
  fact?: string[];
  tag?: string[];
  withAgent?: string[];
  where?: string;
  discoveryMethod?: string;
  nodes?: string;
  discoveryProgram?: string;
  discoveryTimeout?: number;
  discoveryQuiet?: number;
  timeout?: number;
  batch?: number;
  batchSleep?: number;
  limit?: string;
  profiles?: string[];
}

export function filterSpec(flags: CommonFlags): FilterSpec {
  return { identity: flags.identity, facts: flags.fact, tags: flags.tag, agents: flags.withAgent, where: flags.where };
}

export function discoveryOptions(flags: CommonFlags): DiscoveryOptions {
  // Unset: the client picks (registry when the broker has it, else broadcast).
  const method = flags.discoveryMethod ?? (flags.nodes ? "static" : flags.discoveryProgram ? "external" : undefined);
  return {
    method: method as DiscoveryOptions["method"],
    nodesFile: flags.nodes,
    program: flags.discoveryProgram,
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

/** The client options the flags set (the top layer over environment, context and file). */
export function connectionFlags(flags: CommonFlags): ClientOptions {
  return {
    servers: flags.server?.flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean),
    user: flags.user,
    password: flags.password,
    token: flags.token,
    creds: flags.creds,
    tls: { ca: flags.tlsCa, cert: flags.tlsCert, key: flags.tlsKey },
    caller: flags.caller,
    key: flags.keyFile,
    timeoutMs: flags.timeout,
    profiles: flags.profiles,
  };
}
