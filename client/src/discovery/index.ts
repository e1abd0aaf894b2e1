/**
 * Discovery methods, by name.
 *   broadcast  rpcutil.ping with the filter to every host; stops once replies go quiet, or at the cap
 *   static     the identities given (flags, a file, stdin); no network round trip
 */
import { NotFoundError } from "../../../proto/wire/index.js";

export interface DiscoveryOptions {
  method?: DiscoveryMethod;
  /** Static: identities, and/or a file of them ("-" for stdin). */
  identities?: readonly string[];
  nodesFile?: string;
  /** Broadcast: overall cap, and the quiet window that ends discovery early. */
  timeoutMs?: number;
  quietMs?: number;
}

export const DISCOVERY_METHODS = Object.freeze({
  broadcast: "every host with rpcutil answers a ping when it matches the filter",
  static: "the identities given with -I, --nodes FILE or --nodes - (stdin)",
});

export type DiscoveryMethod = keyof typeof DISCOVERY_METHODS;

export function resolveDiscoveryMethod(name: string): DiscoveryMethod {
  if (!Object.hasOwn(DISCOVERY_METHODS, name)) {
    throw new NotFoundError(`unknown discovery method "${name}" (known: ${Object.keys(DISCOVERY_METHODS).join(", ")})`);
  }
  return name as DiscoveryMethod;
}

export { readNodesFile, staticTargets } from "./static.js";
