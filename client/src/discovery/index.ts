/**
 * Discovery methods, by name: each a discoverer that turns a filter into
 * the identities to ask.
 *   registry   one read of the host registry (KV bucket ampm-hosts); the filter is evaluated here.
 *              The default when the broker has the bucket: the expected set is known, so hosts
 *              that are registered but silent show in "no response from".
 *   broadcast  rpcutil.ping with the filter to every host; stops once replies go quiet, or at the cap
 *   static     the identities given (flags, a file, stdin); no network round trip
 *   external   a program: the filter as JSON on stdin, identities out, one a line
 */
import { NotFoundError, type ampm, type Transport } from "../../../proto/wire/index.js";
import type { GoneHost, HostResult } from "../results.js";
import { runExternalDiscovery } from "./external.js";
import { readRegistry, selectHosts } from "./registry.js";

export interface DiscoveryOptions {
  /** Unset: registry when the broker has one, else broadcast (static with identities or a nodes file). */
  method?: DiscoveryMethod;
  /** Static: identities, and/or a file of them ("-" for stdin). */
  identities?: readonly string[];
  nodesFile?: string;
  /** External: the program to run. */
  program?: string;
  /** Broadcast: overall cap, and the quiet window that ends discovery early. External: the program's time limit. */
  timeoutMs?: number;
  quietMs?: number;
}

export const DISCOVERY_METHODS = Object.freeze({
  registry: "one read of the host registry (the default when the broker has it); the filter is evaluated on this side",
  broadcast: "every host with rpcutil answers a ping when it matches the filter",
  static: "the identities given with -I, --nodes FILE or --nodes - (stdin)",
  external: "a program (--discovery-program) reads the filter as JSON on stdin and prints identities",
});

export type DiscoveryMethod = keyof typeof DISCOVERY_METHODS;

export function resolveDiscoveryMethod(name: string): DiscoveryMethod {
  if (!Object.hasOwn(DISCOVERY_METHODS, name)) {
    throw new NotFoundError(`unknown discovery method "${name}" (known: ${Object.keys(DISCOVERY_METHODS).join(", ")})`);
  }
  return name as DiscoveryMethod;
}

/** What a discoverer found. */
export interface Discovered {
  method: DiscoveryMethod;
  targets: string[];
  /** Broadcast: hosts that answered discovery with a refusal (results, not silence). */
  refused: HostResult[];
  /** Registry: hosts that match but stopped heartbeating (not asked). */
  gone: string[];
  /** Registry: the same hosts with when they were last seen. */
  goneHosts?: GoneHost[];
}

/** What discoverers may use of the client. */
export interface DiscoveryContext {
  transport: Transport;
  /** Broadcast discovery (rpcutil.ping to every host) with the filter. */
  broadcast(filter: ampm.v1.IFilter, options: DiscoveryOptions): Promise<{ targets: string[]; refused: HostResult[] }>;
  /** Static identities: the options' and the filter's -I names, checked. */
  staticTargets(filter: ampm.v1.IFilter, options: DiscoveryOptions): string[];
  defaultTimeoutMs: number;
}

export interface Discoverer {
  readonly name: DiscoveryMethod;
  discover(ctx: DiscoveryContext, filter: ampm.v1.IFilter, options: DiscoveryOptions): Promise<Discovered>;
}

const none = { refused: [] as HostResult[], gone: [] as string[] };

export const DISCOVERERS: Readonly<Record<DiscoveryMethod, Discoverer>> = Object.freeze({
  registry: {
    name: "registry",
    async discover(ctx, filter) {
      const now = Date.now();
      const hosts = await readRegistry(ctx.transport, now);
      if (!hosts) throw new NotFoundError("the broker has no host registry (bucket ampm-hosts): agents create it when they start; use --discovery-method broadcast");
      const matched = selectHosts(hosts, filter);
      const gone = matched.filter((h) => h.gone);
      return {
        method: "registry",
        targets: matched.filter((h) => !h.gone).map((h) => h.snapshot.identity),
        refused: [],
        gone: gone.map((h) => h.snapshot.identity),
        goneHosts: gone.map((h) => ({ identity: h.snapshot.identity, lastSeen: new Date(h.lastSeenMs).toISOString(), lastSeenAgoMs: Math.max(0, now - h.lastSeenMs) })),
      };
    },
  },
  broadcast: {
    name: "broadcast",
    async discover(ctx, filter, options) {
      const found = await ctx.broadcast(filter, options);
      return { method: "broadcast", targets: found.targets, refused: found.refused, gone: [] };
    },
  },
  static: {
    name: "static",
    async discover(ctx, filter, options) {
      return { method: "static", targets: ctx.staticTargets(filter, options), ...none };
    },
  },
  external: {
    name: "external",
    async discover(ctx, filter, options) {
      if (!options.program) throw new NotFoundError("external discovery needs a program: --discovery-program PATH");
      return { method: "external", targets: await runExternalDiscovery(options.program, filter, options.timeoutMs ?? ctx.defaultTimeoutMs), ...none };
    },
  },
});

export { readNodesFile, staticTargets } from "./static.js";
export { readRegistry, selectHosts } from "./registry.js";
export { runExternalDiscovery } from "./external.js";
